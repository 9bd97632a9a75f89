package dev.npmmcp.stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.npmmcp.npm.CertificateChoice;
import java.util.Map;
import java.util.Optional;

/**
 * What a stream's create and update bodies set alike (protocols, TLS certificate, meta), unwrapped into the body's own
 * fields: an option left empty is not sent. A {@code certificate_id} (TLS stream) needs NPM 2.12+. Only the builders
 * of those bodies make one, so no component is null.
 */
public record StreamOptions(
        Optional<Boolean> tcpForwarding,
        Optional<Boolean> udpForwarding,
        Optional<CertificateChoice> certificateId,
        Optional<Map<String, Object>> meta) {

    public StreamOptions {
        meta = meta.map(Map::copyOf);
    }

    /** True when nothing is set. */
    @JsonIgnore
    public boolean isEmpty() {
        return tcpForwarding.isEmpty() && udpForwarding.isEmpty() && certificateId.isEmpty() && meta.isEmpty();
    }
}
