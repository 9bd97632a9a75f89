package dev.npmmcp.deadhost;

import dev.npmmcp.npm.CertificateChoice;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The writable fields of a new 404 host ({@code POST /nginx/dead-hosts}).
 */
public record DeadHostCreate(
        List<String> domainNames,
        Optional<CertificateChoice> certificateId,
        Optional<Boolean> sslForced,
        Optional<Boolean> hstsEnabled,
        Optional<Boolean> hstsSubdomains,
        Optional<Boolean> http2Support,
        Optional<String> advancedConfig,
        Optional<Map<String, Object>> meta) {

    public DeadHostCreate {
        domainNames = List.copyOf(Objects.requireNonNull(domainNames, "domainNames"));
        certificateId = Objects.requireNonNullElse(certificateId, Optional.empty());
        sslForced = Objects.requireNonNullElse(sslForced, Optional.empty());
        hstsEnabled = Objects.requireNonNullElse(hstsEnabled, Optional.empty());
        hstsSubdomains = Objects.requireNonNullElse(hstsSubdomains, Optional.empty());
        http2Support = Objects.requireNonNullElse(http2Support, Optional.empty());
        advancedConfig = Objects.requireNonNullElse(advancedConfig, Optional.empty());
        meta = meta == null ? Optional.empty() : meta.map(Map::copyOf);
    }

    public static Builder builder(List<String> domainNames) {
        Builder builder = new Builder();
        builder.domainNames = domainNames;
        return builder;
    }

    public static final class Builder {
        private List<String> domainNames;
        private Optional<CertificateChoice> certificateId = Optional.empty();
        private Optional<Boolean> sslForced = Optional.empty();
        private Optional<Boolean> hstsEnabled = Optional.empty();
        private Optional<Boolean> hstsSubdomains = Optional.empty();
        private Optional<Boolean> http2Support = Optional.empty();
        private Optional<String> advancedConfig = Optional.empty();
        private Optional<Map<String, Object>> meta = Optional.empty();

        private Builder() {}

        public Builder certificateId(CertificateChoice value) {
            this.certificateId = Optional.of(value);
            return this;
        }

        public Builder sslForced(Boolean value) {
            this.sslForced = Optional.of(value);
            return this;
        }

        public Builder hstsEnabled(Boolean value) {
            this.hstsEnabled = Optional.of(value);
            return this;
        }

        public Builder hstsSubdomains(Boolean value) {
            this.hstsSubdomains = Optional.of(value);
            return this;
        }

        public Builder http2Support(Boolean value) {
            this.http2Support = Optional.of(value);
            return this;
        }

        public Builder advancedConfig(String value) {
            this.advancedConfig = Optional.of(value);
            return this;
        }

        public Builder meta(Map<String, Object> value) {
            this.meta = Optional.of(value);
            return this;
        }

        public DeadHostCreate build() {
            return new DeadHostCreate(domainNames, certificateId, sslForced, hstsEnabled, hstsSubdomains, http2Support, advancedConfig, meta);
        }
    }
}
