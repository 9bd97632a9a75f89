package dev.npmmcp.certificate;

import java.util.Objects;
import java.util.Optional;

/**
 * A certificate's {@code meta}, without its secrets: {@code certificate_key} (the private key) and
 * {@code dns_provider_credentials} are never read into this record.
 */
public record CertificateMeta(
        Optional<String> certificate,
        Optional<String> intermediateCertificate,
        Optional<Boolean> dnsChallenge,
        Optional<String> dnsProvider,
        Optional<Integer> propagationSeconds,
        Optional<String> keyType,
        Optional<String> letsencryptEmail) {

    public CertificateMeta {
        certificate = Objects.requireNonNullElse(certificate, Optional.empty());
        intermediateCertificate = Objects.requireNonNullElse(intermediateCertificate, Optional.empty());
        dnsChallenge = Objects.requireNonNullElse(dnsChallenge, Optional.empty());
        dnsProvider = Objects.requireNonNullElse(dnsProvider, Optional.empty());
        propagationSeconds = Objects.requireNonNullElse(propagationSeconds, Optional.empty());
        keyType = Objects.requireNonNullElse(keyType, Optional.empty());
        letsencryptEmail = Objects.requireNonNullElse(letsencryptEmail, Optional.empty());
    }

    public static CertificateMeta empty() {
        return new CertificateMeta(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
