package dev.npmmcp.proxyhost;

import dev.npmmcp.npm.CertificateChoice;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The writable fields of a new proxy host ({@code POST /nginx/proxy-hosts}); unset options keep NPM's defaults.
 * {@code trust_forwarded_proto} needs NPM 2.14+.
 */
public record ProxyHostCreate(
        List<String> domainNames,
        String forwardScheme,
        String forwardHost,
        int forwardPort,
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

    public ProxyHostCreate {
        domainNames = List.copyOf(Objects.requireNonNull(domainNames, "domainNames"));
        Objects.requireNonNull(forwardScheme, "forwardScheme");
        Objects.requireNonNull(forwardHost, "forwardHost");
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

    public static Builder builder(List<String> domainNames, String forwardScheme, String forwardHost, int forwardPort) {
        Builder builder = new Builder();
        builder.domainNames = domainNames;
        builder.forwardScheme = forwardScheme;
        builder.forwardHost = forwardHost;
        builder.forwardPort = forwardPort;
        return builder;
    }

    public static final class Builder extends ProxySettingsBuilder<Builder> {
        private List<String> domainNames;
        private String forwardScheme;
        private String forwardHost;
        private int forwardPort;

        private Builder() {}

        public ProxyHostCreate build() {
            HostSettings settings = settings();
            ProxySettings proxy = proxySettings();
            return new ProxyHostCreate(domainNames, forwardScheme, forwardHost, forwardPort, settings.certificateId(),
                    settings.sslForced(), settings.hstsEnabled(), settings.hstsSubdomains(),
                    proxy.trustForwardedProto(), settings.http2Support(), proxy.blockExploits(),
                    proxy.cachingEnabled(), proxy.allowWebsocketUpgrade(), proxy.accessListId(),
                    settings.advancedConfig(), proxy.enabled(), settings.meta(), proxy.locations());
        }
    }
}
