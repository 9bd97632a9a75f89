package dev.npmmcp.bulk.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A proxy host with its locations; its certificate by domain names and its access list by name.
 * {@code trust_forwarded_proto} is present only when the source instance has it (NPM 2.14+).
 */
public record ProxyHostEntry(
        List<String> domainNames,
        String forwardScheme,
        String forwardHost,
        int forwardPort,
        Optional<List<String>> certificateDomains,
        Optional<String> accessList,
        boolean sslForced,
        boolean hstsEnabled,
        boolean hstsSubdomains,
        boolean http2Support,
        boolean blockExploits,
        boolean cachingEnabled,
        boolean allowWebsocketUpgrade,
        Optional<Boolean> trustForwardedProto,
        String advancedConfig,
        boolean enabled,
        List<LocationEntry> locations) implements HttpHostEntry {

    public ProxyHostEntry {
        domainNames = Entries.requireDomains(domainNames, "proxy host");
        forwardScheme = Entries.require(forwardScheme, "forward_scheme", "proxy host");
        forwardHost = Entries.require(forwardHost, "forward_host", "proxy host");
        Entries.port(forwardPort, "forward_port", "proxy host");
        certificateDomains = Entries.optionalDomains(certificateDomains, "proxy host");
        accessList = Objects.requireNonNullElse(accessList, Optional.<String>empty()).filter(n -> !n.isBlank());
        trustForwardedProto = Objects.requireNonNullElse(trustForwardedProto, Optional.empty());
        advancedConfig = Objects.requireNonNullElse(advancedConfig, "");
        locations = locations == null ? List.of() : List.copyOf(locations);
    }

    @Override
    public ResourceType type() {
        return ResourceType.PROXY_HOST;
    }

    @Override
    public Optional<String> accessListReference() {
        return accessList;
    }

    /** The same host without trust_forwarded_proto, for an instance older than 2.14. */
    ProxyHostEntry withoutTrustForwardedProto() {
        return new ProxyHostEntry(domainNames, forwardScheme, forwardHost, forwardPort, certificateDomains, accessList,
                sslForced, hstsEnabled, hstsSubdomains, http2Support, blockExploits, cachingEnabled,
                allowWebsocketUpgrade, Optional.empty(), advancedConfig, enabled, locations);
    }
}
