package dev.npmmcp.deadhost;

import dev.npmmcp.npm.CertificateChoice;
import dev.npmmcp.npm.HostSettingsBuilder;
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

    public static final class Builder extends HostSettingsBuilder<Builder> {
        private List<String> domainNames;

        private Builder() {}

        public DeadHostCreate build() {
            HostSettings settings = settings();
            return new DeadHostCreate(domainNames, settings.certificateId(), settings.sslForced(),
                    settings.hstsEnabled(), settings.hstsSubdomains(), settings.http2Support(),
                    settings.advancedConfig(), settings.meta());
        }
    }
}
