package dev.npmmcp.stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.npmmcp.npm.CertificateChoice;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A partial update ({@code PUT /nginx/streams/{id}}): only the fields set are sent.
 */
public record StreamUpdate(
        Optional<Integer> incomingPort,
        Optional<String> forwardingHost,
        Optional<Integer> forwardingPort,
        Optional<Boolean> tcpForwarding,
        Optional<Boolean> udpForwarding,
        Optional<CertificateChoice> certificateId,
        Optional<Map<String, Object>> meta) {

    public StreamUpdate {
        incomingPort = Objects.requireNonNullElse(incomingPort, Optional.empty());
        forwardingHost = Objects.requireNonNullElse(forwardingHost, Optional.empty());
        forwardingPort = Objects.requireNonNullElse(forwardingPort, Optional.empty());
        tcpForwarding = Objects.requireNonNullElse(tcpForwarding, Optional.empty());
        udpForwarding = Objects.requireNonNullElse(udpForwarding, Optional.empty());
        certificateId = Objects.requireNonNullElse(certificateId, Optional.empty());
        meta = meta == null ? Optional.empty() : meta.map(Map::copyOf);
    }

    /** True when nothing is set: NPM refuses such a PUT, so the API class refuses it first. */
    @JsonIgnore
    public boolean isEmpty() {
        return incomingPort.isEmpty()
                && forwardingHost.isEmpty()
                && forwardingPort.isEmpty()
                && tcpForwarding.isEmpty()
                && udpForwarding.isEmpty()
                && certificateId.isEmpty()
                && meta.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Optional<Integer> incomingPort = Optional.empty();
        private Optional<String> forwardingHost = Optional.empty();
        private Optional<Integer> forwardingPort = Optional.empty();
        private Optional<Boolean> tcpForwarding = Optional.empty();
        private Optional<Boolean> udpForwarding = Optional.empty();
        private Optional<CertificateChoice> certificateId = Optional.empty();
        private Optional<Map<String, Object>> meta = Optional.empty();

        private Builder() {}

        public Builder incomingPort(Integer value) {
            this.incomingPort = Optional.of(value);
            return this;
        }

        public Builder forwardingHost(String value) {
            this.forwardingHost = Optional.of(value);
            return this;
        }

        public Builder forwardingPort(Integer value) {
            this.forwardingPort = Optional.of(value);
            return this;
        }

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

        public StreamUpdate build() {
            return new StreamUpdate(incomingPort, forwardingHost, forwardingPort, tcpForwarding, udpForwarding, certificateId, meta);
        }
    }
}
