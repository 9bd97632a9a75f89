package dev.npmmcp.npm;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One request to NPM, relative to {@code /api}. Built by the feature API classes; {@link NpmClient} adds auth,
 * retries and error mapping.
 *
 * @param path starts with {@code /}, ids already in it
 * @param body a record or JSON tree to send as JSON, or a {@link MultipartBody}
 * @param authenticated false for the few public routes (health, schema, login, first admin)
 */
public record NpmRequest(
        String operationId,
        Method method,
        String path,
        Map<String, String> query,
        Optional<Object> body,
        boolean authenticated) {

    public enum Method {
        GET(true),
        POST(false),
        PUT(true),
        DELETE(true);

        private final boolean idempotent;

        Method(boolean idempotent) {
            this.idempotent = idempotent;
        }

        /** Only these are repeated after an I/O error or a gateway error. */
        public boolean idempotent() {
            return idempotent;
        }
    }

    public NpmRequest {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/': " + path);
        }
        query = Map.copyOf(new LinkedHashMap<>(query));
    }

    /** An object id for a path: NPM's ids start at 1, and a 0 in a path would be read as a route. */
    public static String id(int id) {
        if (id < 1) {
            throw new IllegalArgumentException("NPM ids start at 1, got " + id);
        }
        return Integer.toString(id);
    }

    public static NpmRequest get(String operationId, String path) {
        return new NpmRequest(operationId, Method.GET, path, Map.of(), Optional.empty(), true);
    }

    public static NpmRequest post(String operationId, String path) {
        return new NpmRequest(operationId, Method.POST, path, Map.of(), Optional.empty(), true);
    }

    public static NpmRequest post(String operationId, String path, Object body) {
        return new NpmRequest(operationId, Method.POST, path, Map.of(), Optional.of(body), true);
    }

    public static NpmRequest put(String operationId, String path, Object body) {
        return new NpmRequest(operationId, Method.PUT, path, Map.of(), Optional.of(body), true);
    }

    public static NpmRequest delete(String operationId, String path) {
        return new NpmRequest(operationId, Method.DELETE, path, Map.of(), Optional.empty(), true);
    }

    /** Adds a query parameter; an empty value leaves the request unchanged. */
    public NpmRequest withQuery(String name, Optional<String> value) {
        if (value.isEmpty() || value.get().isEmpty()) {
            return this;
        }
        Map<String, String> merged = new LinkedHashMap<>(query);
        merged.put(name, value.get());
        return new NpmRequest(operationId, method, path, merged, body, authenticated);
    }

    public NpmRequest withQuery(String name, String value) {
        return withQuery(name, Optional.of(value));
    }

    /** Adds {@code expand=a,b} (comma-separated, as NPM reads it); nothing when the set is empty. */
    public NpmRequest withExpand(Collection<? extends Expansion> expand) {
        String joined = expand.stream().map(Expansion::wireName).sorted().collect(Collectors.joining(","));
        return withQuery("expand", Optional.of(joined));
    }

    public NpmRequest unauthenticated() {
        return new NpmRequest(operationId, method, path, query, body, false);
    }
}
