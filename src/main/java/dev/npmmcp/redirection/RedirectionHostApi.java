package dev.npmmcp.redirection;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmOperation;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.npm.NpmValidationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** NPM's redirection host operations. */
public final class RedirectionHostApi {

    private static final String PATH = "/nginx/redirection-hosts";
    private static final TypeReference<List<RedirectionHost>> LIST = new TypeReference<>() {};

    private final NpmClient client;

    public RedirectionHostApi(NpmClient client) {
        this.client = client;
    }

    /** All of them the user may see; {@code query} filters by domain name on NPM's side. */
    @NpmOperation("getRedirectionHosts")
    public List<RedirectionHost> list(Optional<String> query, Set<RedirectionHostExpand> expand) {
        return client.send(NpmRequest.get("getRedirectionHosts", PATH).withQuery("query", query).withExpand(expand), LIST);
    }

    @NpmOperation("getRedirectionHost")
    public RedirectionHost get(int id, Set<RedirectionHostExpand> expand) {
        return client.send(NpmRequest.get("getRedirectionHost", PATH + "/" + NpmRequest.id(id)).withExpand(expand), RedirectionHost.class);
    }

    @NpmOperation("createRedirectionHost")
    public RedirectionHost create(RedirectionHostCreate create) {
        return client.send(NpmRequest.post("createRedirectionHost", PATH, create), RedirectionHost.class);
    }

    /** Sends only the fields set in {@code update} (NPM's PUT is partial). */
    @NpmOperation("updateRedirectionHost")
    public RedirectionHost update(int id, RedirectionHostUpdate update) {
        if (update.isEmpty()) {
            throw new NpmValidationException(client.instanceName(), "updateRedirectionHost", 0,
                    "nothing to update: no field is set", "Set at least one field to change.");
        }
        return client.send(NpmRequest.put("updateRedirectionHost", PATH + "/" + NpmRequest.id(id), update), RedirectionHost.class);
    }

    @NpmOperation("deleteRedirectionHost")
    public void delete(int id) {
        client.send(NpmRequest.delete("deleteRedirectionHost", PATH + "/" + NpmRequest.id(id)));
    }

    /** NPM answers 400 (a conflict here) when it is already enabled. */
    @NpmOperation("enableRedirectionHost")
    public void enable(int id) {
        client.send(NpmRequest.post("enableRedirectionHost", PATH + "/" + NpmRequest.id(id) + "/enable"));
    }

    @NpmOperation("disableRedirectionHost")
    public void disable(int id) {
        client.send(NpmRequest.post("disableRedirectionHost", PATH + "/" + NpmRequest.id(id) + "/disable"));
    }
}
