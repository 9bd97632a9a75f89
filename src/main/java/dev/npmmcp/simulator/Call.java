package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One request on its way through a handler: what was sent, the matched route, and the state it acts on. */
final class Call {

    final SimState state;
    final String method;
    /** Relative to /api, without a trailing slash. */
    final String path;
    final Map<String, String> query;
    final byte[] body;
    final Optional<String> contentType;
    final Optional<String> authorization;
    private final Route route;
    private final List<String> segments;
    private Optional<Session> session = Optional.empty();

    Call(SimState state, String method, String path, Map<String, String> query, byte[] body,
            Optional<String> contentType, Optional<String> authorization, Route route, List<String> segments) {
        this.state = state;
        this.method = method;
        this.path = path;
        this.query = query;
        this.body = body;
        this.contentType = contentType;
        this.authorization = authorization;
        this.route = route;
        this.segments = segments;
    }

    NpmProfile profile() {
        return state.profile;
    }

    String bodyText() {
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The JSON body checked against the operation's schema (empty body = {}, like express). */
    JsonNode body(Schema schema) {
        String text = bodyText();
        JsonNode parsed = text.isBlank()
                ? Json.object()
                : Json.parse(text).orElseThrow(() -> NpmError.of(400, "Internal Error"));
        return Validator.check(schema, parsed, state.profile);
    }

    String param(String name) {
        int index = route.template().indexOf("{" + name + "}");
        return segments.get(index);
    }

    /**
     * A numeric path parameter, checked like NPM's own validator: not an integer ≥ 1 is an internal validation error
     * (400 "Internal Error"), named the way NPM names it.
     */
    int id(String name, String npmName) {
        String raw = param(name);
        NpmProfile profile = state.profile;
        String field = profile.ajv6() ? "data." + npmName : "data/" + npmName;
        String verb = profile.ajv6() ? " should " : " must ";
        if (!raw.matches("-?\\d{1,9}")) {
            throw NpmError.internalValidation(field + verb + "be integer");
        }
        int value = Integer.parseInt(raw);
        if (value < 1) {
            throw NpmError.internalValidation(field + verb + "be >= 1");
        }
        return value;
    }

    /** The signed-in user; a missing or unusable token fails the way NPM fails it. */
    Session session() {
        if (session.isEmpty()) {
            session = Optional.of(Access.authenticate(this));
        }
        return session.get();
    }

    Optional<Session> optionalSession() {
        if (authorization.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(session());
    }

    /** "Not Found - 5" for a missing id ("Item Not Found - 5" up to 2.12). */
    NpmError notFound(Object what) {
        return NpmError.of(404, state.profile.notFoundPrefix() + what);
    }

    /** What NPM answers when the user may not do this. */
    NpmError denied() {
        return state.profile.permissionAsNotFound()
                ? NpmError.of(404, state.profile.notFoundPrefix() + path)
                : NpmError.of(403, "Permission Denied");
    }

    /**
     * The requested expansions. NPM's model layer throws on a relation it does not know, so an unknown value is a 500.
     */
    Set<String> expand(Set<String> known) {
        String raw = query.getOrDefault("expand", "");
        Set<String> wanted = new LinkedHashSet<>();
        for (String part : raw.split(",")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (!known.contains(trimmed)) {
                throw NpmError.internal();
            }
            wanted.add(trimmed);
        }
        return wanted;
    }

    List<String> expandOrder() {
        List<String> order = new ArrayList<>();
        for (String part : query.getOrDefault("expand", "").split(",")) {
            if (!part.isBlank()) {
                order.add(part.trim());
            }
        }
        return order;
    }

    Optional<String> queryFilter() {
        return Optional.ofNullable(query.get("query")).filter(q -> !q.isEmpty());
    }
}
