package dev.npmmcp.deadhost;

import dev.npmmcp.npm.CertificateSummary;
import dev.npmmcp.npm.HostSslState;
import dev.npmmcp.npm.NginxMeta;
import dev.npmmcp.npm.NpmOwner;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A 404 ("dead") host as NPM answers it; {@code owner} and {@code certificate} only when expanded. */
public record DeadHost(
        int id,
        String createdOn,
        String modifiedOn,
        int ownerUserId,
        List<String> domainNames,
        int certificateId,
        boolean sslForced,
        boolean hstsEnabled,
        boolean hstsSubdomains,
        boolean http2Support,
        String advancedConfig,
        boolean enabled,
        NginxMeta meta,
        Optional<NpmOwner> owner,
        Optional<CertificateSummary> certificate) implements HostSslState {

    public DeadHost {
        createdOn = Objects.requireNonNullElse(createdOn, "");
        modifiedOn = Objects.requireNonNullElse(modifiedOn, "");
        domainNames = domainNames == null ? List.of() : List.copyOf(domainNames);
        advancedConfig = Objects.requireNonNullElse(advancedConfig, "");
        meta = Objects.requireNonNullElse(meta, NginxMeta.unknown()).whileEnabled(enabled);
        owner = Objects.requireNonNullElse(owner, Optional.empty());
        certificate = Objects.requireNonNullElse(certificate, Optional.empty());
    }
}
