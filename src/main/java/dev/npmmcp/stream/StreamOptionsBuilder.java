package dev.npmmcp.stream;

import dev.npmmcp.npm.CertificateChoice;
import java.util.Map;
import java.util.Optional;

/** Sets the {@link StreamOptions} of a stream's create or update body; unset ones are not sent. */
abstract class StreamOptionsBuilder<B extends StreamOptionsBuilder<B>> {

    private Optional<Boolean> tcpForwarding = Optional.empty();
    private Optional<Boolean> udpForwarding = Optional.empty();
    private Optional<CertificateChoice> certificateId = Optional.empty();
    private Optional<Map<String, Object>> meta = Optional.empty();

    public B tcpForwarding(Boolean value) {
        this.tcpForwarding = Optional.of(value);
        return self();
    }

    public B udpForwarding(Boolean value) {
        this.udpForwarding = Optional.of(value);
        return self();
    }

    public B certificateId(CertificateChoice value) {
        this.certificateId = Optional.of(value);
        return self();
    }

    public B meta(Map<String, Object> value) {
        this.meta = Optional.of(value);
        return self();
    }

    /** What was set, for {@code build()}. */
    StreamOptions options() {
        return new StreamOptions(tcpForwarding, udpForwarding, certificateId, meta);
    }

    @SuppressWarnings("unchecked") // B is this builder's own class, by the type parameter's bound
    private B self() {
        return (B) this;
    }
}
