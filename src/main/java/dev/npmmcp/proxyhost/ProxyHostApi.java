package dev.npmmcp.proxyhost;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.npmmcp.npm.HostKindApi;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmOperation;
import dev.npmmcp.npm.NpmUnsupportedException;

/** NPM's proxy host operations. */
public final class ProxyHostApi extends HostKindApi<ProxyHost, ProxyHostExpand, ProxyHostCreate, ProxyHostUpdate> {

    /** What a result says when {@link #enableKeepingAccessRules} had to render the host again. */
    public static final String ACCESS_RULES_RENDERED =
            "After enabling, the host was updated once with its own access_list_id: NPM's enable writes the nginx"
                    + " config without the access list's rules (the host would answer everyone), and an update"
                    + " writes them again.";

    public ProxyHostApi(NpmClient client) {
        super(client, "/nginx/proxy-hosts", ProxyHost.class, new TypeReference<>() {}, new Operations("getProxyHosts",
                "getProxyHost", "createProxyHost", "updateProxyHost", "deleteProxyHost", "enableProxyHost",
                "disableProxyHost"));
    }

    @Override
    @NpmOperation("createProxyHost")
    public ProxyHost create(ProxyHostCreate host) {
        requireTrustForwardedProtoSupport("createProxyHost", host.proxy().trustForwardedProto().isPresent());
        return super.create(host);
    }

    @Override
    @NpmOperation("updateProxyHost")
    public ProxyHost update(int id, ProxyHostUpdate update) {
        requireTrustForwardedProtoSupport("updateProxyHost", update.proxy().trustForwardedProto().isPresent());
        return super.update(id, update);
    }

    /**
     * Enables the host and leaves its access list in force. Every NPM from 2.10 to 2.15 writes an enabled host's
     * nginx config without the {@code # Access Rules} block while {@code GET} still shows the list attached; any PUT
     * renders the config again with it. So a host with an access list gets a PUT of the same {@code access_list_id}
     * right after the enable. The caller knows the host's access list (it read the host, or just set it): one request
     * for a host without one, two with one. Whether nginx accepted the config is the caller's to read.
     *
     * @return true when the host has an access list and was rendered again
     */
    @NpmOperation("enableProxyHost")
    public boolean enableKeepingAccessRules(int id, int accessListId) {
        enable(id);
        if (accessListId <= 0) {
            return false;
        }
        update(id, ProxyHostUpdate.builder().accessListId(accessListId).build());
        return true;
    }

    private void requireTrustForwardedProtoSupport(String operationId, boolean requested) {
        if (requested && !client.capabilities().trustForwardedProto()) {
            throw NpmUnsupportedException.olderThan(client, operationId,
                    "trust_forwarded_proto needs NPM 2.14 or newer",
                    "Leave trust_forwarded_proto unset on this instance, or upgrade NPM.");
        }
    }
}
