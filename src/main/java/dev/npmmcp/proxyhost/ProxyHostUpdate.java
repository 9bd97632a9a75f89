package dev.npmmcp.proxyhost;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.npmmcp.npm.CertificateChoice;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A partial update ({@code PUT /nginx/proxy-hosts/{id}}): only the fields set are sent, never read-only ones.
 */
public record ProxyHostUpdate(
        Optional<List<String>> domainNames,
        Optional<String> forwardScheme,
        Optional<String> forwardHost,
        Optional<Integer> forwardPort,
        Optional<CertificateChoice> certificateId,
        Optional<Boolean> sslForced,
        Optional<Boolean> hstsEnabled,
        Optional<Boolean> hstsSubdomains,
        Optional<Boolean> trustForwardedProto,
        Optional<Boolean> http2Support,
        Optional<Boolean> blockExploits,
        Optional<Boolean> cachingEnabled,
        Optional<Boolean> allowWebsocketUpgrade,
        Optional<Integer> accessListId,
        Optional<String> advancedConfig,
        Optional<Boolean> enabled,
        Optional<Map<String, Object>> meta,
        Optional<List<ProxyLocation>> locations) {

    public ProxyHostUpdate {
        domainNames = domainNames == null ? Optional.empty() : domainNames.map(List::copyOf);
        forwardScheme = Objects.requireNonNullElse(forwardScheme, Optional.empty());
        forwardHost = Objects.requireNonNullElse(forwardHost, Optional.empty());
        forwardPort = Objects.requireNonNullElse(forwardPort, Optional.empty());
        certificateId = Objects.requireNonNullElse(certificateId, Optional.empty());
        sslForced = Objects.requireNonNullElse(sslForced, Optional.empty());
        hstsEnabled = Objects.requireNonNullElse(hstsEnabled, Optional.empty());
        hstsSubdomains = Objects.requireNonNullElse(hstsSubdomains, Optional.empty());
        trustForwardedProto = Objects.requireNonNullElse(trustForwardedProto, Optional.empty());
        http2Support = Objects.requireNonNullElse(http2Support, Optional.empty());
        blockExploits = Objects.requireNonNullElse(blockExploits, Optional.empty());
        cachingEnabled = Objects.requireNonNullElse(cachingEnabled, Optional.empty());
        allowWebsocketUpgrade = Objects.requireNonNullElse(allowWebsocketUpgrade, Optional.empty());
        accessListId = Objects.requireNonNullElse(accessListId, Optional.empty());
        advancedConfig = Objects.requireNonNullElse(advancedConfig, Optional.empty());
        enabled = Objects.requireNonNullElse(enabled, Optional.empty());
        meta = meta == null ? Optional.empty() : meta.map(Map::copyOf);
        locations = locations == null ? Optional.empty() : locations.map(List::copyOf);
    }

    /** True when nothing is set: NPM refuses such a PUT, so the API class refuses it first. */
    @JsonIgnore
    public boolean isEmpty() {
        return domainNames.isEmpty()
                && forwardScheme.isEmpty()
                && forwardHost.isEmpty()
                && forwardPort.isEmpty()
                && certificateId.isEmpty()
                && sslForced.isEmpty()
                && hstsEnabled.isEmpty()
                && hstsSubdomains.isEmpty()
                && trustForwardedProto.isEmpty()
                && http2Support.isEmpty()
                && blockExploits.isEmpty()
                && cachingEnabled.isEmpty()
                && allowWebsocketUpgrade.isEmpty()
                && accessListId.isEmpty()
                && advancedConfig.isEmpty()
                && enabled.isEmpty()
                && meta.isEmpty()
                && locations.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends ProxySettingsBuilder<Builder> {
        private Optional<List<String>> domainNames = Optional.empty();
        private Optional<String> forwardScheme = Optional.empty();
        private Optional<String> forwardHost = Optional.empty();
        private Optional<Integer> forwardPort = Optional.empty();

        private Builder() {}

        public Builder domainNames(List<String> value) {
            this.domainNames = Optional.of(value);
            return this;
        }

        public Builder forwardScheme(String value) {
            this.forwardScheme = Optional.of(value);
            return this;
        }

        public Builder forwardHost(String value) {
            this.forwardHost = Optional.of(value);
            return this;
        }

        public Builder forwardPort(Integer value) {
            this.forwardPort = Optional.of(value);
            return this;
        }

        public ProxyHostUpdate build() {
            HostSettings settings = settings();
            ProxySettings proxy = proxySettings();
            return new ProxyHostUpdate(domainNames, forwardScheme, forwardHost, forwardPort, settings.certificateId(),
                    settings.sslForced(), settings.hstsEnabled(), settings.hstsSubdomains(),
                    proxy.trustForwardedProto(), settings.http2Support(), proxy.blockExploits(),
                    proxy.cachingEnabled(), proxy.allowWebsocketUpgrade(), proxy.accessListId(),
                    settings.advancedConfig(), proxy.enabled(), settings.meta(), proxy.locations());
        }
    }
}
