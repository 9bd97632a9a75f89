package dev.npmmcp.accesslist;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmOperation;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.npm.NpmValidationException;
import dev.npmmcp.npm.PartialUpdate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** NPM's access list operations. */
public final class AccessListApi {

    private static final String PATH = "/nginx/access-lists";
    private static final TypeReference<List<AccessList>> LIST = new TypeReference<>() {};

    private final NpmClient client;

    public AccessListApi(NpmClient client) {
        this.client = client;
    }

    @NpmOperation("getAccessLists")
    public List<AccessList> list(Optional<String> query, Set<AccessListExpand> expand) {
        return client.send(NpmRequest.get("getAccessLists", PATH).withQuery("query", query).withExpand(expand), LIST);
    }

    @NpmOperation("getAccessList")
    public AccessList get(int id, Set<AccessListExpand> expand) {
        return client.send(NpmRequest.get("getAccessList", PATH + "/" + NpmRequest.id(id)).withExpand(expand),
                AccessList.class);
    }

    /** Refuses a user with an empty password before sending: NPM never answers such a request. */
    @NpmOperation("createAccessList")
    public AccessList create(AccessListCreate list) {
        List<String> blank = list.items().stream()
                .filter(item -> item.password().isEmpty())
                .map(AccessListUser::username)
                .toList();
        if (!blank.isEmpty()) {
            throw new NpmValidationException(client.instanceName(), "createAccessList", 0,
                    "access list user(s) without a password: " + String.join(", ", blank),
                    "Give every basic-auth user a password when creating the list (NPM hangs on an empty one).");
        }
        return client.send(NpmRequest.post("createAccessList", PATH, list), AccessList.class);
    }

    /**
     * Sends only what is set. When {@code items} is sent, users left out are deleted and a blank password keeps the
     * stored one.
     */
    @NpmOperation("updateAccessList")
    public AccessList update(int id, AccessListUpdate update) {
        PartialUpdate.requireChanges(client, "updateAccessList", update);
        return client.send(NpmRequest.put("updateAccessList", PATH + "/" + NpmRequest.id(id), update),
                AccessList.class);
    }

    /** Deleting a list sets {@code access_list_id} to 0 on the hosts that used it. */
    @NpmOperation("deleteAccessList")
    public void delete(int id) {
        client.send(NpmRequest.delete("deleteAccessList", PATH + "/" + NpmRequest.id(id)));
    }
}
