package dev.npmmcp.redirection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.npmmcp.npm.CertificateChoice;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A partial update ({@code PUT /nginx/redirection-hosts/{id}}): only the fields set are sent.
 */
public record RedirectionHostUpdate(
        Optional<List<String>> domainNames,
        Optional<String> forwardScheme,
        Optional<Integer> forwardHttpCode,
        Optional<String> forwardDomainName,
        Optional<Boolean> preservePath,
        Optional<CertificateChoice> certificateId,
        Optional<Boolean> sslForced,
        Optional<Boolean> hstsEnabled,
        Optional<Boolean> hstsSubdomains,
        Optional<Boolean> http2Support,
        Optional<Boolean> blockExploits,
        Optional<String> advancedConfig,
        Optional<Map<String, Object>> meta) {

    public RedirectionHostUpdate {
        domainNames = domainNames == null ? Optional.empty() : domainNames.map(List::copyOf);
        forwardScheme = Objects.requireNonNullElse(forwardScheme, Optional.empty());
        forwardHttpCode = Objects.requireNonNullElse(forwardHttpCode, Optional.empty());
        forwardDomainName = Objects.requireNonNullElse(forwardDomainName, Optional.empty());
        preservePath = Objects.requireNonNullElse(preservePath, Optional.empty());
        certificateId = Objects.requireNonNullElse(certificateId, Optional.empty());
        sslForced = Objects.requireNonNullElse(sslForced, Optional.empty());
        hstsEnabled = Objects.requireNonNullElse(hstsEnabled, Optional.empty());
        hstsSubdomains = Objects.requireNonNullElse(hstsSubdomains, Optional.empty());
        http2Support = Objects.requireNonNullElse(http2Support, Optional.empty());
        blockExploits = Objects.requireNonNullElse(blockExploits, Optional.empty());
        advancedConfig = Objects.requireNonNullElse(advancedConfig, Optional.empty());
        meta = meta == null ? Optional.empty() : meta.map(Map::copyOf);
    }

    /** True when nothing is set: NPM refuses such a PUT, so the API class refuses it first. */
    @JsonIgnore
    public boolean isEmpty() {
        return domainNames.isEmpty()
                && forwardScheme.isEmpty()
                && forwardHttpCode.isEmpty()
                && forwardDomainName.isEmpty()
                && preservePath.isEmpty()
                && certificateId.isEmpty()
                && sslForced.isEmpty()
                && hstsEnabled.isEmpty()
                && hstsSubdomains.isEmpty()
                && http2Support.isEmpty()
                && blockExploits.isEmpty()
                && advancedConfig.isEmpty()
                && meta.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Optional<List<String>> domainNames = Optional.empty();
        private Optional<String> forwardScheme = Optional.empty();
        private Optional<Integer> forwardHttpCode = Optional.empty();
        private Optional<String> forwardDomainName = Optional.empty();
        private Optional<Boolean> preservePath = Optional.empty();
        private Optional<CertificateChoice> certificateId = Optional.empty();
        private Optional<Boolean> sslForced = Optional.empty();
        private Optional<Boolean> hstsEnabled = Optional.empty();
        private Optional<Boolean> hstsSubdomains = Optional.empty();
        private Optional<Boolean> http2Support = Optional.empty();
        private Optional<Boolean> blockExploits = Optional.empty();
        private Optional<String> advancedConfig = Optional.empty();
        private Optional<Map<String, Object>> meta = Optional.empty();

        private Builder() {}

        public Builder domainNames(List<String> value) {
            this.domainNames = Optional.of(value);
            return this;
        }

        public Builder forwardScheme(String value) {
            this.forwardScheme = Optional.of(value);
            return this;
        }

        public Builder forwardHttpCode(Integer value) {
            this.forwardHttpCode = Optional.of(value);
            return this;
        }

        public Builder forwardDomainName(String value) {
            this.forwardDomainName = Optional.of(value);
            return this;
        }

        public Builder preservePath(Boolean value) {
            this.preservePath = Optional.of(value);
            return this;
        }

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

        public Builder blockExploits(Boolean value) {
            this.blockExploits = Optional.of(value);
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

        public RedirectionHostUpdate build() {
            return new RedirectionHostUpdate(domainNames, forwardScheme, forwardHttpCode, forwardDomainName, preservePath, certificateId, sslForced, hstsEnabled, hstsSubdomains, http2Support, blockExploits, advancedConfig, meta);
        }
    }
}
