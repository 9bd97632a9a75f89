package dev.npmmcp.deadhost;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmOperation;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.npm.NpmValidationException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** NPM's 404 host operations. */
public final class DeadHostApi {

    private static final String PATH = "/nginx/dead-hosts";
    private static final TypeReference<List<DeadHost>> LIST = new TypeReference<>() {};

    private final NpmClient client;

    public DeadHostApi(NpmClient client) {
        this.client = client;
    }

    /** All of them the user may see; {@code query} filters by domain name on NPM's side. */
    @NpmOperation("getDeadHosts")
    public List<DeadHost> list(Optional<String> query, Set<DeadHostExpand> expand) {
        return client.send(NpmRequest.get("getDeadHosts", PATH).withQuery("query", query).withExpand(expand), LIST);
    }

    @NpmOperation("getDeadHost")
    public DeadHost get(int id, Set<DeadHostExpand> expand) {
        return client.send(NpmRequest.get("getDeadHost", PATH + "/" + NpmRequest.id(id)).withExpand(expand), DeadHost.class);
    }

    @NpmOperation("create404Host")
    public DeadHost create(DeadHostCreate create) {
        return client.send(NpmRequest.post("create404Host", PATH, create), DeadHost.class);
    }

    /** Sends only the fields set in {@code update} (NPM's PUT is partial). */
    @NpmOperation("updateDeadHost")
    public DeadHost update(int id, DeadHostUpdate update) {
        if (update.isEmpty()) {
            throw new NpmValidationException(client.instanceName(), "updateDeadHost", 0,
                    "nothing to update: no field is set", "Set at least one field to change.");
        }
        return client.send(NpmRequest.put("updateDeadHost", PATH + "/" + NpmRequest.id(id), update), DeadHost.class);
    }

    @NpmOperation("deleteDeadHost")
    public void delete(int id) {
        client.send(NpmRequest.delete("deleteDeadHost", PATH + "/" + NpmRequest.id(id)));
    }

    /** NPM answers 400 (a conflict here) when it is already enabled. */
    @NpmOperation("enableDeadHost")
    public void enable(int id) {
        client.send(NpmRequest.post("enableDeadHost", PATH + "/" + NpmRequest.id(id) + "/enable"));
    }

    @NpmOperation("disableDeadHost")
    public void disable(int id) {
        client.send(NpmRequest.post("disableDeadHost", PATH + "/" + NpmRequest.id(id) + "/disable"));
    }
}
