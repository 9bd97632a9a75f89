package dev.npmmcp.npm;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The seven operations NPM offers alike for its four host kinds (proxy, redirection and 404 hosts, streams): list, get,
 * create, partial update, delete, enable and disable, at {@code base} and {@code base/{id}}. A kind's API class names
 * its operations and adds only what NPM does differently for it (a version check, a bug worked around).
 *
 * @param <T> the host as NPM returns it
 * @param <E> the kind's {@code expand} values
 * @param <C> its create body
 * @param <U> its partial update body
 */
public abstract class HostKindApi<T, E extends Expansion, C, U extends PartialUpdate> {

    /** NPM's operation ids for one host kind, as its OpenAPI document names them. */
    public record Operations(String list, String get, String create, String update, String delete, String enable,
            String disable) {

        public List<String> all() {
            return List.of(list, get, create, update, delete, enable, disable);
        }
    }

    protected final NpmClient client;
    private final String base;
    private final Class<T> type;
    private final TypeReference<List<T>> listType;
    private final Operations operations;

    protected HostKindApi(NpmClient client, String base, Class<T> type, TypeReference<List<T>> listType,
            Operations operations) {
        this.client = client;
        this.base = base;
        this.type = type;
        this.listType = listType;
        this.operations = operations;
    }

    public final Operations operations() {
        return operations;
    }

    /** All of them the user may see; {@code query} filters by domain name on NPM's side. */
    public final List<T> list(Optional<String> query, Set<E> expand) {
        return client.send(NpmRequest.get(operations.list(), base).withQuery("query", query)
                .withExpand(expansions(expand)), listType);
    }

    public final T get(int id, Set<E> expand) {
        return client.send(NpmRequest.get(operations.get(), one(id)).withExpand(expansions(expand)), type);
    }

    /**
     * Creates a host. NPM accepts a {@code certificate_id} (or a proxy host's {@code access_list_id}) that does not
     * exist, and reports a bad nginx config only in {@code meta} of the host it returns.
     */
    public T create(C create) {
        return client.send(NpmRequest.post(operations.create(), base, create), type);
    }

    /** Sends only the fields set in {@code update} (NPM's PUT is partial). */
    public T update(int id, U update) {
        PartialUpdate.requireChanges(client, operations.update(), update);
        return client.send(NpmRequest.put(operations.update(), one(id), update), type);
    }

    public final void delete(int id) {
        client.send(NpmRequest.delete(operations.delete(), one(id)));
    }

    /** Enables the host and reloads nginx; NPM answers 400 (a conflict here) if it is already enabled. */
    public final void enable(int id) {
        client.send(NpmRequest.post(operations.enable(), one(id) + "/enable"));
    }

    public final void disable(int id) {
        client.send(NpmRequest.post(operations.disable(), one(id) + "/disable"));
    }

    /** The expansions to ask this instance for: all of them, unless a kind knows a version that fails on one. */
    protected Set<E> expansions(Set<E> expand) {
        return expand;
    }

    private String one(int id) {
        return base + "/" + NpmRequest.id(id);
    }
}
