package dev.npmmcp.certificate;

import java.util.Objects;
import java.util.Optional;

/**
 * What NPM's validate route says about custom files: the certificate's CN, issuer and validity (epoch seconds), and
 * whether the key parsed. It does not check that the key belongs to the certificate: see {@link CertificateKeys}.
 */
public record CertificateValidation(
        String commonName, String issuer, Optional<Long> validFrom, Optional<Long> validTo, boolean keyReadable) {

    public CertificateValidation {
        commonName = Objects.requireNonNullElse(commonName, "");
        issuer = Objects.requireNonNullElse(issuer, "");
        validFrom = Objects.requireNonNullElse(validFrom, Optional.empty());
        validTo = Objects.requireNonNullElse(validTo, Optional.empty());
    }
}
