package dev.npmmcp.proxyhost;

import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.npm.AccessListSummary;
import dev.npmmcp.npm.NpmNotFoundException;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.tool.ToolFailure;

/**
 * Checks that an access list a proxy host should use exists: NPM accepts any id on a create (201) and the host then
 * points at nothing (certificates: {@code CertificateReferences}, shared with the other host kinds).
 */
final class HostReferences {

    private HostReferences() {}

    static void requireAccessList(InstanceTarget target, int id) {
        try {
            target.client().send(NpmRequest.get("getAccessList", "/nginx/access-lists/" + NpmRequest.id(id)),
                    AccessListSummary.class);
        } catch (NpmNotFoundException e) {
            throw new ToolFailure("Access list #" + id + " does not exist on instance '" + target.name()
                    + "'; nothing was changed.",
                    "Find the list's id with npm_list_access_lists or create it with npm_manage_access_list;"
                            + " access_list_id 0 removes the host's access list.");
        }
    }
}
