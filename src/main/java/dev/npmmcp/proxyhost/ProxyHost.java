package dev.npmmcp.proxyhost;

import dev.npmmcp.npm.AccessListSummary;
import dev.npmmcp.npm.CertificateSummary;
import dev.npmmcp.npm.NginxMeta;
import dev.npmmcp.npm.NpmOwner;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A proxy host as NPM answers it (fields unknown to this version are ignored). {@code owner}, {@code certificate} and
 * {@code access_list} are present only when expanded; {@code trust_forwarded_proto} only from NPM 2.14.
 */
public record ProxyHost(
        int id,
        String createdOn,
        String modifiedOn,
        int ownerUserId,
        List<String> domainNames,
        String forwardScheme,
        String forwardHost,
        int forwardPort,
        int accessListId,
        int certificateId,
        boolean sslForced,
        boolean cachingEnabled,
        boolean blockExploits,
        boolean allowWebsocketUpgrade,
        boolean http2Support,
        boolean hstsEnabled,
        boolean hstsSubdomains,
        Optional<Boolean> trustForwardedProto,
        String advancedConfig,
        boolean enabled,
        List<ProxyLocation> locations,
        NginxMeta meta,
        Optional<NpmOwner> owner,
        Optional<CertificateSummary> certificate,
        Optional<AccessListSummary> accessList) {

    public ProxyHost {
        createdOn = Objects.requireNonNullElse(createdOn, "");
        modifiedOn = Objects.requireNonNullElse(modifiedOn, "");
        domainNames = domainNames == null ? List.of() : List.copyOf(domainNames);
        forwardScheme = Objects.requireNonNullElse(forwardScheme, "");
        forwardHost = Objects.requireNonNullElse(forwardHost, "");
        trustForwardedProto = Objects.requireNonNullElse(trustForwardedProto, Optional.empty());
        advancedConfig = Objects.requireNonNullElse(advancedConfig, "");
        // NPM answers locations: null for a host that never had any
        locations = locations == null ? List.of() : List.copyOf(locations);
        meta = Objects.requireNonNullElse(meta, NginxMeta.unknown()).whileEnabled(enabled);
        owner = Objects.requireNonNullElse(owner, Optional.empty());
        certificate = Objects.requireNonNullElse(certificate, Optional.empty());
        accessList = Objects.requireNonNullElse(accessList, Optional.empty());
    }
}
