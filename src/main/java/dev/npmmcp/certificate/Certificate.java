package dev.npmmcp.certificate;

import dev.npmmcp.npm.NpmOwner;
import dev.npmmcp.npm.NpmTimes;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate as NPM answers it, minus the private key ({@link CertificateMeta} does not read it). Provider is
 * {@code letsencrypt} or {@code other} (custom).
 */
public record Certificate(
        int id,
        String createdOn,
        String modifiedOn,
        int ownerUserId,
        String provider,
        String niceName,
        List<String> domainNames,
        String expiresOn,
        CertificateMeta meta,
        Optional<NpmOwner> owner) {

    public Certificate {
        createdOn = Objects.requireNonNullElse(createdOn, "");
        modifiedOn = Objects.requireNonNullElse(modifiedOn, "");
        provider = Objects.requireNonNullElse(provider, "");
        niceName = Objects.requireNonNullElse(niceName, "");
        domainNames = domainNames == null ? List.of() : List.copyOf(domainNames);
        expiresOn = Objects.requireNonNullElse(expiresOn, "");
        meta = Objects.requireNonNullElse(meta, CertificateMeta.empty());
        owner = Objects.requireNonNullElse(owner, Optional.empty());
    }

    /** When it expires, where NPM said so in a form that can be read. */
    public Optional<Instant> expiresAt() {
        return NpmTimes.parse(expiresOn);
    }
}
