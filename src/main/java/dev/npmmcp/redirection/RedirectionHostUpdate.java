package dev.npmmcp.redirection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.npmmcp.npm.CertificateChoice;
import dev.npmmcp.npm.HostSettingsBuilder;
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

    public static final class Builder extends HostSettingsBuilder<Builder> {
        private Optional<List<String>> domainNames = Optional.empty();
        private Optional<String> forwardScheme = Optional.empty();
        private Optional<Integer> forwardHttpCode = Optional.empty();
        private Optional<String> forwardDomainName = Optional.empty();
        private Optional<Boolean> preservePath = Optional.empty();
        private Optional<Boolean> blockExploits = Optional.empty();

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

        public Builder blockExploits(Boolean value) {
            this.blockExploits = Optional.of(value);
            return this;
        }

        public RedirectionHostUpdate build() {
            HostSettings settings = settings();
            return new RedirectionHostUpdate(domainNames, forwardScheme, forwardHttpCode, forwardDomainName,
                    preservePath, settings.certificateId(), settings.sslForced(), settings.hstsEnabled(),
                    settings.hstsSubdomains(), settings.http2Support(), blockExploits, settings.advancedConfig(),
                    settings.meta());
        }
    }
}
