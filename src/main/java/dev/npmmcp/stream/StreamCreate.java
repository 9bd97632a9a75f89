package dev.npmmcp.stream;

import dev.npmmcp.npm.CertificateChoice;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The writable fields of a new stream ({@code POST /nginx/streams}). A {@code certificate_id} (TLS stream) needs NPM 2.12+.
 */
public record StreamCreate(
        int incomingPort,
        String forwardingHost,
        int forwardingPort,
        Optional<Boolean> tcpForwarding,
        Optional<Boolean> udpForwarding,
        Optional<CertificateChoice> certificateId,
        Optional<Map<String, Object>> meta) {

    public StreamCreate {
        Objects.requireNonNull(forwardingHost, "forwardingHost");
        tcpForwarding = Objects.requireNonNullElse(tcpForwarding, Optional.empty());
        udpForwarding = Objects.requireNonNullElse(udpForwarding, Optional.empty());
        certificateId = Objects.requireNonNullElse(certificateId, Optional.empty());
        meta = meta == null ? Optional.empty() : meta.map(Map::copyOf);
    }

    public static Builder builder(int incomingPort, String forwardingHost, int forwardingPort) {
        Builder builder = new Builder();
        builder.incomingPort = incomingPort;
        builder.forwardingHost = forwardingHost;
        builder.forwardingPort = forwardingPort;
        return builder;
    }

    public static final class Builder {
        private int incomingPort;
        private String forwardingHost;
        private int forwardingPort;
        private Optional<Boolean> tcpForwarding = Optional.empty();
        private Optional<Boolean> udpForwarding = Optional.empty();
        private Optional<CertificateChoice> certificateId = Optional.empty();
        private Optional<Map<String, Object>> meta = Optional.empty();

        private Builder() {}

        public Builder tcpForwarding(Boolean value) {
            this.tcpForwarding = Optional.of(value);
            return this;
        }

        public Builder udpForwarding(Boolean value) {
            this.udpForwarding = Optional.of(value);
            return this;
        }

        public Builder certificateId(CertificateChoice value) {
            this.certificateId = Optional.of(value);
            return this;
        }

        public Builder meta(Map<String, Object> value) {
            this.meta = Optional.of(value);
            return this;
        }

        public StreamCreate build() {
            return new StreamCreate(incomingPort, forwardingHost, forwardingPort, tcpForwarding, udpForwarding, certificateId, meta);
        }
    }
}
