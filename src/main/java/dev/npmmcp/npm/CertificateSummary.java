package dev.npmmcp.npm;

import java.util.List;
import java.util.Objects;

/**
 * A certificate as hosts and streams expand it. Deliberately without {@code meta}: that is where NPM keeps the
 * private key.
 */
public record CertificateSummary(int id, String provider, String niceName, List<String> domainNames, String expiresOn) {

    public CertificateSummary {
        provider = Objects.requireNonNullElse(provider, "");
        niceName = Objects.requireNonNullElse(niceName, "");
        domainNames = domainNames == null ? List.of() : List.copyOf(domainNames);
        expiresOn = Objects.requireNonNullElse(expiresOn, "");
    }
}
