package dev.npmmcp.deadhost;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.npmmcp.npm.CertificateChoice;
import dev.npmmcp.npm.HostSettingsBuilder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A partial update ({@code PUT /nginx/dead-hosts/{id}}): only the fields set are sent.
 */
public record DeadHostUpdate(
        Optional<List<String>> domainNames,
        Optional<CertificateChoice> certificateId,
        Optional<Boolean> sslForced,
        Optional<Boolean> hstsEnabled,
        Optional<Boolean> hstsSubdomains,
        Optional<Boolean> http2Support,
        Optional<String> advancedConfig,
        Optional<Map<String, Object>> meta) {

    public DeadHostUpdate {
        domainNames = domainNames == null ? Optional.empty() : domainNames.map(List::copyOf);
        certificateId = Objects.requireNonNullElse(certificateId, Optional.empty());
        sslForced = Objects.requireNonNullElse(sslForced, Optional.empty());
        hstsEnabled = Objects.requireNonNullElse(hstsEnabled, Optional.empty());
        hstsSubdomains = Objects.requireNonNullElse(hstsSubdomains, Optional.empty());
        http2Support = Objects.requireNonNullElse(http2Support, Optional.empty());
        advancedConfig = Objects.requireNonNullElse(advancedConfig, Optional.empty());
        meta = meta == null ? Optional.empty() : meta.map(Map::copyOf);
    }

    /** True when nothing is set: NPM refuses such a PUT, so the API class refuses it first. */
    @JsonIgnore
    public boolean isEmpty() {
        return domainNames.isEmpty()
                && certificateId.isEmpty()
                && sslForced.isEmpty()
                && hstsEnabled.isEmpty()
                && hstsSubdomains.isEmpty()
                && http2Support.isEmpty()
                && advancedConfig.isEmpty()
                && meta.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends HostSettingsBuilder<Builder> {
        private Optional<List<String>> domainNames = Optional.empty();

        private Builder() {}

        public Builder domainNames(List<String> value) {
            this.domainNames = Optional.of(value);
            return this;
        }

        public DeadHostUpdate build() {
            HostSettings settings = settings();
            return new DeadHostUpdate(domainNames, settings.certificateId(), settings.sslForced(),
                    settings.hstsEnabled(), settings.hstsSubdomains(), settings.http2Support(),
                    settings.advancedConfig(), settings.meta());
        }
    }
}
