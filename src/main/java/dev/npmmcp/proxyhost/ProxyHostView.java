package dev.npmmcp.proxyhost;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.npm.AccessListSummary;
import dev.npmmcp.npm.CertificateSummary;
import java.util.List;
import java.util.Optional;

/** One proxy host in full, as the get and manage tools report it: settings, names of what it references, nginx. */
record ProxyHostView(
        @JsonPropertyDescription("Proxy host id (host_id for the other proxy host tools)") int id,
        @JsonPropertyDescription("Domain names it answers for") List<String> domainNames,
        @JsonPropertyDescription("Where requests go, as scheme://host:port") String forward,
        @JsonPropertyDescription("http or https towards the upstream") String forwardScheme,
        @JsonPropertyDescription("Upstream host name or IP") String forwardHost,
        @JsonPropertyDescription("Upstream port") int forwardPort,
        @JsonPropertyDescription("Whether NPM serves the host (false: disabled)") boolean enabled,
        @JsonPropertyDescription("Certificate id, 0 when the host has no certificate (plain HTTP only)")
                int certificateId,
        @JsonPropertyDescription("The certificate, when it has one") Optional<CertificateRef> certificate,
        @JsonPropertyDescription("Access list id, 0 when the host is open to everyone") int accessListId,
        @JsonPropertyDescription("The access list, when it has one") Optional<AccessListRef> accessList,
        @JsonPropertyDescription("HTTP is redirected to HTTPS (force_ssl)") boolean sslForced,
        @JsonPropertyDescription("HTTP/2 on the HTTPS listener") boolean http2Support,
        @JsonPropertyDescription("HSTS header sent") boolean hstsEnabled,
        @JsonPropertyDescription("HSTS includes subdomains") boolean hstsSubdomains,
        @JsonPropertyDescription("WebSocket upgrade allowed (websocket_support)") boolean allowWebsocketUpgrade,
        @JsonPropertyDescription("NPM's common-exploit blocking on") boolean blockExploits,
        @JsonPropertyDescription("Asset caching on") boolean cachingEnabled,
        @JsonPropertyDescription("Trusts X-Forwarded-Proto from a proxy in front of NPM (NPM 2.14+ only; absent"
                        + " on older instances)")
                Optional<Boolean> trustForwardedProto,
        @JsonPropertyDescription("Custom locations (paths forwarded elsewhere)") List<LocationView> locations,
        @JsonPropertyDescription("Custom nginx configuration of the host, empty when none") String advancedConfig,
        @JsonPropertyDescription("false when nginx rejected this host's config (see nginx_err); absent when NPM did"
                        + " not say")
                Optional<Boolean> nginxOnline,
        @JsonPropertyDescription("nginx's error for this host's config, when it failed") Optional<String> nginxErr,
        @JsonPropertyDescription("When NPM created the host") String createdOn,
        @JsonPropertyDescription("When NPM last changed the host") String modifiedOn) {

    record CertificateRef(
            @JsonPropertyDescription("Certificate id") int id,
            @JsonPropertyDescription("Its name in NPM") String niceName,
            @JsonPropertyDescription("letsencrypt or other (custom)") String provider,
            @JsonPropertyDescription("Domains it covers") List<String> domainNames,
            @JsonPropertyDescription("When it expires") String expiresOn) {

        static CertificateRef of(CertificateSummary certificate) {
            return new CertificateRef(certificate.id(), certificate.niceName(), certificate.provider(),
                    certificate.domainNames(), certificate.expiresOn());
        }
    }

    record AccessListRef(
            @JsonPropertyDescription("Access list id") int id,
            @JsonPropertyDescription("Its name") String name,
            @JsonPropertyDescription("true: a client passes when it meets any rule (IP or login); false: all")
                    boolean satisfyAny,
            @JsonPropertyDescription("Basic-auth header passed on to the upstream") boolean passAuth) {

        static AccessListRef of(AccessListSummary list) {
            return new AccessListRef(list.id(), list.name(), list.satisfyAny(), list.passAuth());
        }
    }

    record LocationView(
            @JsonPropertyDescription("Path on the host, e.g. /api") String path,
            @JsonPropertyDescription("Where that path goes, as scheme://host:port/forward_path") String forward,
            @JsonPropertyDescription("Custom nginx configuration of the location, empty when none")
                    String advancedConfig) {

        static LocationView of(ProxyLocation location) {
            return new LocationView(location.path(),
                    location.forwardScheme() + "://" + location.forwardHost() + ":" + location.forwardPort()
                            + location.forwardPath().orElse(""),
                    location.advancedConfig().orElse(""));
        }
    }

    static ProxyHostView of(ProxyHost host) {
        return new ProxyHostView(
                host.id(),
                host.domainNames(),
                forward(host),
                host.forwardScheme(),
                host.forwardHost(),
                host.forwardPort(),
                host.enabled(),
                host.certificateId(),
                host.certificate().filter(c -> host.certificateId() > 0).map(CertificateRef::of),
                host.accessListId(),
                host.accessList().filter(a -> host.accessListId() > 0).map(AccessListRef::of),
                host.sslForced(),
                host.http2Support(),
                host.hstsEnabled(),
                host.hstsSubdomains(),
                host.allowWebsocketUpgrade(),
                host.blockExploits(),
                host.cachingEnabled(),
                host.trustForwardedProto(),
                host.locations().stream().map(LocationView::of).toList(),
                host.advancedConfig(),
                host.meta().nginxOnline(),
                host.meta().nginxErr().filter(e -> !e.isBlank()),
                host.createdOn(),
                host.modifiedOn());
    }

    static String forward(ProxyHost host) {
        return host.forwardScheme() + "://" + host.forwardHost() + ":" + host.forwardPort();
    }

    /** One line for messages: "7 (app.example.net → http://10.0.0.5:3000)". */
    static String label(ProxyHost host) {
        return host.id() + " (" + String.join(", ", host.domainNames()) + " → " + forward(host) + ")";
    }
}
