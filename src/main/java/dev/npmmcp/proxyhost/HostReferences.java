package dev.npmmcp.proxyhost;

import dev.npmmcp.tool.CertificateReferences;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.npm.AccessListSummary;
import dev.npmmcp.npm.CertificateSummary;
import dev.npmmcp.npm.NpmNotFoundException;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.tool.ToolFailure;

/**
 * Checks that a certificate or access list a host should use exists: NPM accepts any id on a create (201) and the
 * host then points at nothing. Reads summaries only: a certificate read carries its private key, which the summary
 * record drops.
 */
final class HostReferences {

    private HostReferences() {}

    static boolean certificateExists(InstanceTarget target, int id) {
        try {
            target.client().send(NpmRequest.get("getCertificate", "/nginx/certificates/" + NpmRequest.id(id)),
                    CertificateSummary.class);
            return true;
        } catch (NpmNotFoundException e) {
            return false;
        }
    }

    static void requireCertificate(InstanceTarget target, int id) {
        CertificateReferences.require(target, id);
    }

    static void requireAccessList(InstanceTarget target, int id) {
        try {
            target.client().send(NpmRequest.get("getAccessList", "/nginx/access-lists/" + NpmRequest.id(id)),
                    AccessListSummary.class);
        } catch (NpmNotFoundException e) {
            throw new ToolFailure("Access list " + id + " does not exist on instance '" + target.name()
                    + "'; nothing was changed.",
                    "Find the list's id with npm_list_access_lists or create it with npm_manage_access_list;"
                            + " access_list_id 0 removes the host's access list.");
        }
    }
}
