package dev.npmmcp.redirection;

import dev.npmmcp.npm.CertificateSummary;
import dev.npmmcp.npm.HostSslState;
import dev.npmmcp.npm.NginxMeta;
import dev.npmmcp.npm.NpmOwner;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A redirection host as NPM answers it; {@code owner} and {@code certificate} only when expanded. */
public record RedirectionHost(
        int id,
        String createdOn,
        String modifiedOn,
        int ownerUserId,
        List<String> domainNames,
        int forwardHttpCode,
        String forwardScheme,
        String forwardDomainName,
        boolean preservePath,
        int certificateId,
        boolean sslForced,
        boolean hstsEnabled,
        boolean hstsSubdomains,
        boolean http2Support,
        boolean blockExploits,
        String advancedConfig,
        boolean enabled,
        NginxMeta meta,
        Optional<NpmOwner> owner,
        Optional<CertificateSummary> certificate) implements HostSslState {

    public RedirectionHost {
        createdOn = Objects.requireNonNullElse(createdOn, "");
        modifiedOn = Objects.requireNonNullElse(modifiedOn, "");
        domainNames = domainNames == null ? List.of() : List.copyOf(domainNames);
        forwardScheme = Objects.requireNonNullElse(forwardScheme, "");
        forwardDomainName = Objects.requireNonNullElse(forwardDomainName, "");
        advancedConfig = Objects.requireNonNullElse(advancedConfig, "");
        meta = Objects.requireNonNullElse(meta, NginxMeta.unknown()).whileEnabled(enabled);
        owner = Objects.requireNonNullElse(owner, Optional.empty());
        certificate = Objects.requireNonNullElse(certificate, Optional.empty());
    }
}
