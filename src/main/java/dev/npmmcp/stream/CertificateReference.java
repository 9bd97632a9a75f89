package dev.npmmcp.stream;

import dev.npmmcp.instance.InstanceTarget;
import dev.npmmcp.npm.CertificateSummary;
import dev.npmmcp.npm.NpmNotFoundException;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.tool.ToolFailure;

/**
 * Checks that a certificate a stream is about to use exists: NPM stores a dangling {@code certificate_id} without a
 * word and the stream then has no certificate to serve. Read into {@link CertificateSummary}, which has no
 * {@code meta}, so the private key NPM sends along is dropped while parsing.
 */
final class CertificateReference {

    private CertificateReference() {}

    static CertificateSummary require(InstanceTarget target, int certificateId) {
        try {
            return target.client().send(
                    NpmRequest.get("getCertificate", "/nginx/certificates/" + NpmRequest.id(certificateId)),
                    CertificateSummary.class);
        } catch (NpmNotFoundException e) {
            throw new ToolFailure("Certificate " + certificateId + " does not exist on instance '" + target.name()
                            + "'; nothing was changed.",
                    "Call npm_list_certificates to find the right certificate_id, or create the certificate first.");
        }
    }
}
