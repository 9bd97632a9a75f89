package dev.npmmcp.tool;

import dev.npmmcp.npm.CertificateSummary;
import dev.npmmcp.npm.NpmNotFoundException;
import dev.npmmcp.npm.NpmRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a certificate a host or stream is about to use: NPM stores a dangling {@code certificate_id} without a
 * word, and one that does not cover the host's domains makes browsers warn. Shared by every feature whose objects
 * reference certificates (features may not import each other). Read into {@link CertificateSummary},
 * which has no {@code meta}, so the private key NPM sends along is dropped while parsing.
 */
public final class CertificateReferences {

    private CertificateReferences() {}

    public static CertificateSummary require(InstanceTarget target, int certificateId) {
        return find(target, certificateId).orElseThrow(() -> new ToolFailure("Certificate #" + certificateId
                        + " does not exist on instance '" + target.name() + "'; nothing was changed.",
                "Call npm_list_certificates to find the right certificate_id, or create the certificate first."));
    }

    /** Whether a certificate a host already points at still exists (NPM keeps the id after a delete). */
    public static boolean exists(InstanceTarget target, int certificateId) {
        return find(target, certificateId).isPresent();
    }

    private static Optional<CertificateSummary> find(InstanceTarget target, int certificateId) {
        try {
            return Optional.of(target.client().send(
                    NpmRequest.get("getCertificate", "/nginx/certificates/" + NpmRequest.id(certificateId)),
                    CertificateSummary.class));
        } catch (NpmNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Requires the certificate to exist; a note when it leaves some of the domains uncovered. */
    public static Optional<String> check(InstanceTarget target, int certificateId, List<String> domains) {
        return coverageNote(require(target, certificateId), domains);
    }

    /** A note when the certificate leaves some of the domains uncovered; empty when it covers them all. */
    public static Optional<String> coverageNote(CertificateSummary certificate, List<String> domains) {
        if (certificate.domainNames().isEmpty()) {
            return Optional.empty();
        }
        List<String> uncovered = domains.stream()
                .filter(d -> certificate.domainNames().stream().noneMatch(c -> covers(c, d)))
                .toList();
        if (uncovered.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Certificate #" + certificate.id() + " covers " + String.join(", ",
                certificate.domainNames()) + " but not " + String.join(", ", uncovered)
                + ": browsers will warn on those names over HTTPS.");
    }

    public static boolean covers(String certificateName, String domain) {
        String pattern = certificateName.toLowerCase(Locale.ROOT);
        String name = domain.toLowerCase(Locale.ROOT);
        if (pattern.equals(name)) {
            return true;
        }
        if (!pattern.startsWith("*.")) {
            return false;
        }
        String suffix = pattern.substring(1);
        String label = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : "";
        return !label.isEmpty() && !label.contains(".");
    }
}
