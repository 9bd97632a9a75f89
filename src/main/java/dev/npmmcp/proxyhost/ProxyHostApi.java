package dev.npmmcp.proxyhost;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmOperation;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.npm.NpmUnsupportedException;
import dev.npmmcp.npm.NpmValidationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** NPM's proxy host operations. */
public final class ProxyHostApi {

    private static final String PATH = "/nginx/proxy-hosts";
    private static final TypeReference<List<ProxyHost>> LIST = new TypeReference<>() {};

    private final NpmClient client;

    public ProxyHostApi(NpmClient client) {
        this.client = client;
    }

    /** All proxy hosts the user may see; {@code query} filters by domain name on NPM's side. */
    @NpmOperation("getProxyHosts")
    public List<ProxyHost> list(Optional<String> query, Set<ProxyHostExpand> expand) {
        return client.send(NpmRequest.get("getProxyHosts", PATH).withQuery("query", query).withExpand(expand), LIST);
    }

    @NpmOperation("getProxyHost")
    public ProxyHost get(int id, Set<ProxyHostExpand> expand) {
        return client.send(NpmRequest.get("getProxyHost", PATH + "/" + NpmRequest.id(id)).withExpand(expand),
                ProxyHost.class);
    }

    /**
     * Creates a proxy host. NPM accepts a {@code certificate_id} or {@code access_list_id} that does not exist, and
     * reports a bad nginx config only in {@code meta} of the host it returns.
     */
    @NpmOperation("createProxyHost")
    public ProxyHost create(ProxyHostCreate host) {
        requireTrustForwardedProtoSupport("createProxyHost", host.proxy().trustForwardedProto().isPresent());
        return client.send(NpmRequest.post("createProxyHost", PATH, host), ProxyHost.class);
    }

    /** Sends only the fields set in {@code update} (NPM's PUT is partial). */
    @NpmOperation("updateProxyHost")
    public ProxyHost update(int id, ProxyHostUpdate update) {
        if (update.isEmpty()) {
            throw new NpmValidationException(client.instanceName(), "updateProxyHost", 0,
                    "nothing to update: no field is set", "Set at least one field to change.");
        }
        requireTrustForwardedProtoSupport("updateProxyHost", update.proxy().trustForwardedProto().isPresent());
        return client.send(NpmRequest.put("updateProxyHost", PATH + "/" + NpmRequest.id(id), update),
                ProxyHost.class);
    }

    @NpmOperation("deleteProxyHost")
    public void delete(int id) {
        client.send(NpmRequest.delete("deleteProxyHost", PATH + "/" + NpmRequest.id(id)));
    }

    /** Enables the host and reloads nginx; NPM answers 400 (a conflict here) if it is already enabled. */
    @NpmOperation("enableProxyHost")
    public void enable(int id) {
        client.send(NpmRequest.post("enableProxyHost", PATH + "/" + NpmRequest.id(id) + "/enable"));
    }

    /** What a result says when {@link #enableKeepingAccessRules} had to render the host again. */
    public static final String ACCESS_RULES_RENDERED =
            "After enabling, the host was updated once with its own access_list_id: NPM's enable writes the nginx"
                    + " config without the access list's rules (the host would answer everyone), and an update"
                    + " writes them again.";

    /**
     * Enables the host and leaves its access list in force. Every NPM from 2.10 to 2.15 writes an enabled host's
     * nginx config without the {@code # Access Rules} block while {@code GET} still shows the list attached; any PUT
     * renders the config again with it. So a host with an access list gets a PUT of the same {@code access_list_id}
     * right after the enable.
     *
     * @return true when the host has an access list and was rendered again
     */
    @NpmOperation("enableProxyHost")
    public boolean enableKeepingAccessRules(int id) {
        return enableKeepingAccessRules(id, get(id, Set.of()).accessListId());
    }

    /**
     * {@link #enableKeepingAccessRules(int)} for a caller that read the host before and so knows its access list:
     * one request for a host without one, two with one. Whether nginx accepted the config is the caller's to read.
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

    @NpmOperation("disableProxyHost")
    public void disable(int id) {
        client.send(NpmRequest.post("disableProxyHost", PATH + "/" + NpmRequest.id(id) + "/disable"));
    }

    private void requireTrustForwardedProtoSupport(String operationId, boolean requested) {
        if (requested && !client.capabilities().trustForwardedProto()) {
            throw new NpmUnsupportedException(client.instanceName(), operationId, 0,
                    "trust_forwarded_proto needs NPM 2.14 or newer; this instance is "
                            + client.serverInfo().version(),
                    "Leave trust_forwarded_proto unset on this instance, or upgrade NPM.");
        }
    }
}
