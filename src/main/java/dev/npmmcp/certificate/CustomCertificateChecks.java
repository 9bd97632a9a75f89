package dev.npmmcp.certificate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks custom certificate files before anything is sent: NPM parses them but accepts a key of another certificate
 * (nginx then fails on every host using it), an expired certificate, or one for other names.
 */
final class CustomCertificateChecks {

    static final int WARN_DAYS = 30;

    private CustomCertificateChecks() {}

    static List<CertificateCheck> run(CustomCertificateFiles files, List<String> domainNames, Instant now) {
        List<CertificateCheck> checks = new ArrayList<>();
        PemCertificate certificate;
        try {
            certificate = PemCertificate.read(files.certificate());
        } catch (IllegalArgumentException e) {
            checks.add(CertificateCheck.fail("certificate_pem", "custom_certificate is " + e.getMessage()
                    + ": pass the PEM text starting with -----BEGIN CERTIFICATE-----"));
            return checks;
        }
        checks.add(CertificateCheck.pass("certificate_pem", "subject " + certificate.subject() + ", issued by "
                + certificate.issuer() + (certificate.chainLength() > 1
                        ? ", with " + (certificate.chainLength() - 1) + " chain certificate(s)" : "")));
        checks.add(keyCheck(files));
        files.intermediateCertificate().ifPresent(pem -> checks.add(intermediateCheck(pem, certificate)));
        checks.add(validityCheck(certificate, now));
        checks.add(domainCheck(certificate, domainNames));
        if (certificate.selfSigned()) {
            checks.add(CertificateCheck.warn("issuer", "self-signed: browsers and most clients will not trust it"
                    + " unless its certificate is installed on them"));
        }
        return checks;
    }

    private static CertificateCheck keyCheck(CustomCertificateFiles files) {
        try {
            return CertificateKeys.matches(files.certificate(), files.certificateKey())
                    ? CertificateCheck.pass("private_key", "the key belongs to the certificate")
                    : CertificateCheck.fail("private_key", "custom_key does not belong to the certificate (NPM"
                            + " would accept it and nginx would fail to load it): pass the key the certificate"
                            + " was issued for");
        } catch (IllegalArgumentException e) {
            return CertificateCheck.fail("private_key", "custom_key: " + e.getMessage()
                    + "; pass the unencrypted private key as PEM text");
        }
    }

    private static CertificateCheck intermediateCheck(String pem, PemCertificate certificate) {
        PemCertificate intermediate;
        try {
            intermediate = PemCertificate.read(pem);
        } catch (IllegalArgumentException e) {
            return CertificateCheck.fail("intermediate_pem", "custom_intermediate is " + e.getMessage());
        }
        return intermediate.subject().equals(certificate.issuer())
                ? CertificateCheck.pass("intermediate_pem", "issuer of the certificate: " + intermediate.subject())
                : CertificateCheck.warn("intermediate_pem", "its subject " + intermediate.subject()
                        + " is not the certificate's issuer " + certificate.issuer()
                        + ": clients may not complete the chain");
    }

    private static CertificateCheck validityCheck(PemCertificate certificate, Instant now) {
        long days = CertificateView.daysBetween(now, certificate.notAfter());
        if (certificate.notAfter().isBefore(now)) {
            return CertificateCheck.fail("validity", "expired on " + certificate.notAfter()
                    + ": get a renewed certificate from its issuer");
        }
        if (certificate.notBefore().isAfter(now)) {
            return CertificateCheck.warn("validity", "not valid before " + certificate.notBefore());
        }
        if (days <= WARN_DAYS) {
            return CertificateCheck.warn("validity", "expires on " + certificate.notAfter() + ", in " + days
                    + " days");
        }
        return CertificateCheck.pass("validity", "valid until " + certificate.notAfter() + " (" + days + " days)");
    }

    private static CertificateCheck domainCheck(PemCertificate certificate, List<String> domainNames) {
        List<String> names = certificate.names();
        if (domainNames.isEmpty()) {
            return CertificateCheck.skipped("domains", "no domain_names given; NPM takes the names from the"
                    + " certificate: " + String.join(", ", names));
        }
        List<String> uncovered = domainNames.stream()
                .filter(d -> names.stream().noneMatch(n -> DomainNames.covers(n, d)))
                .toList();
        return uncovered.isEmpty()
                ? CertificateCheck.pass("domains", "covers " + String.join(", ", domainNames))
                : CertificateCheck.fail("domains", "does not cover " + String.join(", ", uncovered)
                        + "; it is for " + String.join(", ", names));
    }
}
