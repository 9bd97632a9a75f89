package dev.npmmcp.proxyhost;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Optional;

/**
 * A proxy host in a list. The first fields are always there; the others only when the list was asked for with
 * {@code compact: false}. A compact entry also leaves out what most hosts share (no certificate, no access list,
 * nginx serving it), which keeps a 5,000-host listing near 100 bytes per host.
 */
record ProxyHostSummary(
        @JsonPropertyDescription("Proxy host id (host_id for npm_get_proxy_host and npm_manage_proxy_host)") int id,
        @JsonPropertyDescription("Domain names it answers for") List<String> domainNames,
        @JsonPropertyDescription("Where requests go, as scheme://host:port") String forward,
        @JsonPropertyDescription("Whether NPM serves the host") boolean enabled,
        @JsonPropertyDescription("Certificate id; 0 or absent when none (plain HTTP only)")
                Optional<Integer> certificateId,
        @JsonPropertyDescription("Access list id; 0 or absent when open to everyone") Optional<Integer> accessListId,
        @JsonPropertyDescription("false when nginx rejected the host's config; absent when NPM did not say, and in"
                        + " compact entries when true")
                Optional<Boolean> nginxOnline,
        @JsonPropertyDescription("Certificate name (compact: false)") Optional<String> certificateName,
        @JsonPropertyDescription("Access list name (compact: false)") Optional<String> accessListName,
        @JsonPropertyDescription("HTTP redirected to HTTPS (compact: false)") Optional<Boolean> sslForced,
        @JsonPropertyDescription("HTTP/2 (compact: false)") Optional<Boolean> http2Support,
        @JsonPropertyDescription("HSTS (compact: false)") Optional<Boolean> hstsEnabled,
        @JsonPropertyDescription("WebSocket upgrade allowed (compact: false)") Optional<Boolean> allowWebsocketUpgrade,
        @JsonPropertyDescription("Exploit blocking (compact: false)") Optional<Boolean> blockExploits,
        @JsonPropertyDescription("Asset caching (compact: false)") Optional<Boolean> cachingEnabled,
        @JsonPropertyDescription("Number of custom locations (compact: false)") Optional<Integer> locationCount,
        @JsonPropertyDescription("Whether it has custom nginx configuration (compact: false)")
                Optional<Boolean> hasAdvancedConfig,
        @JsonPropertyDescription("nginx's error, when its config failed (compact: false)") Optional<String> nginxErr,
        @JsonPropertyDescription("When NPM last changed it (compact: false)") Optional<String> modifiedOn) {

    static ProxyHostSummary of(ProxyHost host, boolean compact) {
        if (compact) {
            return new ProxyHostSummary(host.id(), host.domainNames(), ProxyHostView.forward(host), host.enabled(),
                    Optional.of(host.certificateId()).filter(id -> id > 0),
                    Optional.of(host.accessListId()).filter(id -> id > 0),
                    host.meta().nginxOnline().filter(online -> !online), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        return new ProxyHostSummary(host.id(), host.domainNames(), ProxyHostView.forward(host), host.enabled(),
                Optional.of(host.certificateId()), Optional.of(host.accessListId()), host.meta().nginxOnline(),
                host.certificate().filter(c -> host.certificateId() > 0).map(c -> c.niceName()),
                host.accessList().filter(a -> host.accessListId() > 0).map(a -> a.name()),
                Optional.of(host.sslForced()), Optional.of(host.http2Support()), Optional.of(host.hstsEnabled()),
                Optional.of(host.allowWebsocketUpgrade()), Optional.of(host.blockExploits()),
                Optional.of(host.cachingEnabled()), Optional.of(host.locations().size()),
                Optional.of(!host.advancedConfig().isBlank()), host.meta().nginxErr().filter(e -> !e.isBlank()),
                Optional.of(host.modifiedOn()));
    }
}
