package dev.npmmcp.proxyhost;

import dev.npmmcp.npm.AccessListSummary;
import dev.npmmcp.npm.CertificateSummary;
import java.util.List;
import java.util.Optional;

/** One proxy host in full, as the get and manage tools report it: settings, names of what it references, nginx. */
record ProxyHostView(
        int id,
        List<String> domainNames,
        String forward,
        String forwardScheme,
        String forwardHost,
        int forwardPort,
        boolean enabled,
        int certificateId,
        Optional<CertificateRef> certificate,
        int accessListId,
        Optional<AccessListRef> accessList,
        boolean sslForced,
        boolean http2Support,
        boolean hstsEnabled,
        boolean hstsSubdomains,
        boolean allowWebsocketUpgrade,
        boolean blockExploits,
        boolean cachingEnabled,
        Optional<Boolean> trustForwardedProto,
        List<LocationView> locations,
        String advancedConfig,
        Optional<Boolean> nginxOnline,
        Optional<String> nginxErr,
        String createdOn,
        String modifiedOn) {

    record CertificateRef(
            int id,
            String niceName,
            String provider,
            List<String> domainNames,
            String expiresOn) {

        static CertificateRef of(CertificateSummary certificate) {
            return new CertificateRef(certificate.id(), certificate.niceName(), certificate.provider(),
                    certificate.domainNames(), certificate.expiresOn());
        }
    }

    record AccessListRef(
            int id,
            String name,
            boolean satisfyAny,
            boolean passAuth) {

        static AccessListRef of(AccessListSummary list) {
            return new AccessListRef(list.id(), list.name(), list.satisfyAny(), list.passAuth());
        }
    }

    record LocationView(
            String path,
            String forward,
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

    /** One line for messages: "7 (app.example.net -> http://10.0.0.5:3000)". */
    static String label(ProxyHost host) {
        return "#" + host.id() + " (" + String.join(", ", host.domainNames()) + " -> " + forward(host) + ")";
    }
}
