package dev.npmmcp.redirection;

import dev.npmmcp.npm.CertificateChoice;
import dev.npmmcp.npm.HostSettingsBuilder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The writable fields of a new redirection host ({@code POST /nginx/redirection-hosts}).
 * {@code forward_scheme} is auto, http or https; {@code forward_http_code} 300-308.
 */
public record RedirectionHostCreate(
        List<String> domainNames,
        String forwardScheme,
        int forwardHttpCode,
        String forwardDomainName,
        Optional<Boolean> preservePath,
        Optional<CertificateChoice> certificateId,
        Optional<Boolean> sslForced,
        Optional<Boolean> hstsEnabled,
        Optional<Boolean> hstsSubdomains,
        Optional<Boolean> http2Support,
        Optional<Boolean> blockExploits,
        Optional<String> advancedConfig,
        Optional<Map<String, Object>> meta) {

    public RedirectionHostCreate {
        domainNames = List.copyOf(Objects.requireNonNull(domainNames, "domainNames"));
        Objects.requireNonNull(forwardScheme, "forwardScheme");
        Objects.requireNonNull(forwardDomainName, "forwardDomainName");
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

    public static Builder builder(List<String> domainNames, String forwardScheme, int forwardHttpCode, String forwardDomainName) {
        Builder builder = new Builder();
        builder.domainNames = domainNames;
        builder.forwardScheme = forwardScheme;
        builder.forwardHttpCode = forwardHttpCode;
        builder.forwardDomainName = forwardDomainName;
        return builder;
    }

    public static final class Builder extends HostSettingsBuilder<Builder> {
        private List<String> domainNames;
        private String forwardScheme;
        private int forwardHttpCode;
        private String forwardDomainName;
        private Optional<Boolean> preservePath = Optional.empty();
        private Optional<Boolean> blockExploits = Optional.empty();

        private Builder() {}

        public Builder preservePath(Boolean value) {
            this.preservePath = Optional.of(value);
            return this;
        }

        public Builder blockExploits(Boolean value) {
            this.blockExploits = Optional.of(value);
            return this;
        }

        public RedirectionHostCreate build() {
            HostSettings settings = settings();
            return new RedirectionHostCreate(domainNames, forwardScheme, forwardHttpCode, forwardDomainName,
                    preservePath, settings.certificateId(), settings.sslForced(), settings.hstsEnabled(),
                    settings.hstsSubdomains(), settings.http2Support(), blockExploits, settings.advancedConfig(),
                    settings.meta());
        }
    }
}
