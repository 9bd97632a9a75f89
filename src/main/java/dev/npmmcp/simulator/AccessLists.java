package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Access lists: /nginx/access-lists. {@code items} are basic-auth users (passwords never shown: blank plus a
 * {@code hint}); {@code clients} are IP rules. On update a blank password keeps the stored one, a left-out item is
 * deleted, and the clients are replaced.
 */
final class AccessLists {

    private static final String IPV4 = "^([0-9]{1,3}\\.){3}[0-9]{1,3}(/([0-9]|[1-2][0-9]|3[0-2]))?$";
    private static final String IPV6 = "^s*((([0-9A-Fa-f]{1,4}:){7}([0-9A-Fa-f]{1,4}|:))|(([0-9A-Fa-f]{1,4}:){6}"
            + "(:[0-9A-Fa-f]{1,4}|((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3})|:))|"
            + "(([0-9A-Fa-f]{1,4}:){5}(((:[0-9A-Fa-f]{1,4}){1,2})|:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd"
            + "|[1-9]?d)){3})|:))|(([0-9A-Fa-f]{1,4}:){4}(((:[0-9A-Fa-f]{1,4}){1,3})|((:[0-9A-Fa-f]{1,4})?:((25[0-5]|"
            + "2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){3}(((:[0-9A-Fa-f]{1,4})"
            + "{1,4})|((:[0-9A-Fa-f]{1,4}){0,2}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))"
            + "|(([0-9A-Fa-f]{1,4}:){2}(((:[0-9A-Fa-f]{1,4}){1,5})|((:[0-9A-Fa-f]{1,4}){0,3}:((25[0-5]|2[0-4]d|1dd|"
            + "[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|(([0-9A-Fa-f]{1,4}:){1}(((:[0-9A-Fa-f]{1,4}){1,6})|"
            + "((:[0-9A-Fa-f]{1,4}){0,4}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d|1dd|[1-9]?d)){3}))|:))|"
            + "(:(((:[0-9A-Fa-f]{1,4}){1,7})|((:[0-9A-Fa-f]{1,4}){0,5}:((25[0-5]|2[0-4]d|1dd|[1-9]?d)(.(25[0-5]|2[0-4]d"
            + "|1dd|[1-9]?d)){3}))|:)))(%.+)?s*(/([0-9]|[1-9][0-9]|1[0-1][0-9]|12[0-8]))?$";

    private AccessLists() {}

    static List<Route> routes() {
        return List.of(
                Route.of("GET", "/nginx/access-lists", "getAccessLists", p -> true, AccessLists::list),
                Route.of("POST", "/nginx/access-lists", "createAccessList", p -> true, AccessLists::create),
                Route.of("GET", "/nginx/access-lists/{listID}", "getAccessList", p -> true, AccessLists::get),
                Route.of("PUT", "/nginx/access-lists/{listID}", "updateAccessList", p -> true, AccessLists::update),
                Route.of("DELETE", "/nginx/access-lists/{listID}", "deleteAccessList", p -> true,
                        AccessLists::delete));
    }

    /**
     * The create schema. Up to 2.12 it wants a password for every item (minLength 1, so an empty one is a 400 rather
     * than the request 2.13 and later never answer) and takes {@code meta}; 2.13 dropped both (backend/schema at each
     * release tag).
     */
    static Schema.Obj createSchema(NpmProfile profile) {
        Schema.Obj schema = schema(!profile.atLeast(NpmProfile.V2_13) ? 1 : 0);
        return profile.atLeast(NpmProfile.V2_13) ? schema : schema.prop("meta", Schema.anyObject());
    }

    /** PUT: a blank password keeps the stored one on every version; from 2.12 at least one property. */
    static Schema.Obj updateSchema(NpmProfile profile) {
        return schema(0).partial(profile.partialUpdatesNeedProperties());
    }

    private static Schema.Obj schema(int minPassword) {
        Schema.Obj item = Schema.object()
                .prop("username", Schema.string(1, Integer.MAX_VALUE))
                .prop("password", Schema.string(minPassword, Integer.MAX_VALUE));
        Schema address = new Schema.OneOf(List.of(Schema.string().pattern(Schema.Pat.regex(IPV4)),
                Schema.string().pattern(Schema.Pat.regex(IPV6)), Schema.string().pattern(Schema.Pat.regex("^all$"))));
        Schema.Obj client = Schema.object()
                .prop("address", address)
                .prop("directive", Schema.oneOfValues("allow", "deny"));
        return Schema.object()
                .prop("name", Schema.string(1, Integer.MAX_VALUE))
                .prop("satisfy_any", Schema.bool())
                .prop("pass_auth", Schema.bool())
                .prop("items", Schema.array(item))
                .prop("clients", Schema.array(client))
                .require("name");
    }

    /**
     * The list as a proxy host embeds it: the model's whole row, so with the {@code is_deleted} column that NPM's
     * omissions() drop only from the top-level object.
     */
    static JsonNode embedded(SimState state, int id) {
        return state.accessLists.find(id).<JsonNode>map(row -> {
            ObjectNode copy = Json.object();
            row.fields().forEachRemaining(field -> {
                copy.set(field.getKey(), field.getValue().deepCopy());
                if (field.getKey().equals("owner_user_id")) {
                    copy.put("is_deleted", false);
                }
            });
            return copy;
        }).orElse(NullNode.getInstance());
    }

    private static Set<String> known() {
        // "proxy_hosts" is in NPM's schema but its model cannot load it: a 500, like any unknown expansion.
        return Set.of("owner", "items", "clients");
    }

    private static ObjectNode render(SimState state, ObjectNode row, List<String> expansions) {
        ObjectNode result = row.deepCopy();
        int id = row.get("id").asInt();
        result.put("proxy_host_count", state.proxyHosts.all().stream()
                .filter(host -> host.path("access_list_id").asInt() == id).count());
        for (String name : expansions) {
            switch (name) {
                case "owner" -> result.set("owner", Render.owner(state, row.path("owner_user_id").asInt(), true));
                case "items" -> result.set("items", items(state, id));
                case "clients" -> result.set("clients", clients(state, id));
                case "proxy_hosts" -> result.set("proxy_hosts", proxyHosts(state, id));
                default -> throw NpmError.internal();
            }
        }
        return Render.booleans(result, state.profile);
    }

    private static ArrayNode items(SimState state, int id) {
        ArrayNode array = Json.array();
        for (ObjectNode item : state.accessItems.getOrDefault(id, List.of())) {
            ObjectNode shown = item.deepCopy();
            String password = item.path("password").asText("");
            shown.put("password", "");
            shown.put("hint", password.isEmpty() ? "" : password.charAt(0) + "*".repeat(password.length() - 1));
            array.add(shown);
        }
        return array;
    }

    private static ArrayNode clients(SimState state, int id) {
        ArrayNode array = Json.array();
        state.accessClients.getOrDefault(id, List.of()).forEach(client -> array.add(client.deepCopy()));
        return array;
    }

    private static ArrayNode proxyHosts(SimState state, int id) {
        ArrayNode array = Json.array();
        state.proxyHosts.all().stream().filter(host -> host.path("access_list_id").asInt() == id)
                .forEach(host -> array.add(host.deepCopy()));
        return array;
    }

    private static Reply list(Call call) {
        Session session = Access.require(call, "access_lists", "view");
        call.expand(known());
        var array = Json.array();
        call.state.accessLists.all().stream()
                .filter(session::sees)
                .filter(row -> call.queryFilter().map(q -> row.path("name").asText().contains(q)).orElse(true))
                .sorted(Comparator.comparing(row -> row.path("name").asText()))
                .forEach(row -> array.add(render(call.state, row, call.expandOrder())));
        return Reply.ok(array);
    }

    private static ObjectNode visible(Call call, Session session, int id) {
        return call.state.accessLists.find(id).filter(session::sees).orElseThrow(() -> call.notFound(id));
    }

    private static Reply get(Call call) {
        Session session = Access.require(call, "access_lists", "view");
        int id = call.id("listID", "list_id");
        call.expand(known());
        if (call.profile().unknownIdIsOk() && call.state.accessLists.find(id).filter(session::sees).isEmpty()) {
            return Reply.ok(nullList());
        }
        return Reply.ok(render(call.state, visible(call, session, id), call.expandOrder()));
    }

    /** What 2.10 answers for an unknown id: the row's fields, all null, and a count of 0. */
    private static ObjectNode nullList() {
        ObjectNode nulls = Json.object();
        for (String field : List.of("id", "created_on", "modified_on", "owner_user_id", "name", "meta", "satisfy_any",
                "pass_auth")) {
            nulls.putNull(field);
        }
        nulls.put("proxy_host_count", 0);
        return nulls;
    }

    private static List<String> fullAnswer() {
        return List.of("owner", "items", "clients", "proxy_hosts");
    }

    private static Reply create(Call call) {
        Session session = Access.require(call, "access_lists", "manage");
        JsonNode body = call.body(createSchema(call.profile()));
        for (JsonNode item : body.path("items")) {
            if (item.path("password").asText("").isEmpty()) {
                // NPM never answers this request: htpasswd waits for a password on stdin.
                return Reply.none();
            }
        }
        SimState state = call.state;
        ObjectNode row = Json.object();
        int id = state.accessLists.nextId();
        row.put("id", id);
        row.put("created_on", state.now());
        row.put("modified_on", state.now());
        row.put("owner_user_id", session.userId());
        row.set("name", body.get("name"));
        row.set("meta", Json.object());
        row.put("satisfy_any", body.path("satisfy_any").asBoolean(false));
        row.put("pass_auth", body.path("pass_auth").asBoolean(false));
        state.accessLists.put(row);
        if (!body.has("items")) {
            // NPM maps over the missing list after inserting the row.
            throw NpmError.internal();
        }
        body.get("items").forEach(item -> addItem(state, id, item));
        if (!body.has("clients")) {
            throw NpmError.internal();
        }
        body.get("clients").forEach(client -> addClient(state, id, client));
        ObjectNode answer = render(state, row, fullAnswer());
        state.audit(session.userId(), "access-list", id, "created", answer);
        return Reply.created(answer);
    }

    private static void addItem(SimState state, int listId, JsonNode item) {
        ObjectNode row = Json.object();
        row.put("id", ++state.accessItemIds);
        row.put("created_on", state.now());
        row.put("modified_on", state.now());
        row.put("access_list_id", listId);
        row.put("username", item.path("username").asText());
        row.put("password", item.path("password").asText());
        row.set("meta", Json.object());
        state.accessItems.computeIfAbsent(listId, ignored -> new ArrayList<>()).add(row);
    }

    private static void addClient(SimState state, int listId, JsonNode client) {
        ObjectNode row = Json.object();
        row.put("id", ++state.accessClientIds);
        row.put("created_on", state.now());
        row.put("modified_on", state.now());
        row.put("access_list_id", listId);
        row.put("address", client.path("address").asText());
        row.put("directive", client.path("directive").asText());
        row.set("meta", Json.object());
        state.accessClients.computeIfAbsent(listId, ignored -> new ArrayList<>()).add(row);
    }

    private static Reply update(Call call) {
        Session session = Access.require(call, "access_lists", "manage");
        int id = call.id("listID", "list_id");
        JsonNode body = call.body(updateSchema(call.profile()));
        SimState state = call.state;
        if (call.profile().unknownIdIsOk() && state.accessLists.find(id).filter(session::sees).isEmpty()) {
            // 2.10 reads the all-null row and fails its id check
            throw NpmError.internalValidation("Access List could not be updated, IDs do not match: null !== " + id);
        }
        ObjectNode row = visible(call, session, id);
        for (String field : List.of("name", "satisfy_any", "pass_auth")) {
            if (body.has(field)) {
                row.set(field, body.get(field));
            }
        }
        if (body.has("items")) {
            Set<String> kept = new HashSet<>();
            List<JsonNode> added = new ArrayList<>();
            for (JsonNode item : body.get("items")) {
                if (item.path("password").asText("").isEmpty()) {
                    kept.add(item.path("username").asText());
                } else {
                    added.add(item);
                }
            }
            List<ObjectNode> items = state.accessItems.computeIfAbsent(id, ignored -> new ArrayList<>());
            items.removeIf(item -> !kept.contains(item.path("username").asText()));
            added.forEach(item -> addItem(state, id, item));
        }
        if (body.has("clients")) {
            state.accessClients.remove(id);
            body.get("clients").forEach(client -> addClient(state, id, client));
        }
        row.put("modified_on", state.now());
        ObjectNode answer = render(state, row, fullAnswer());
        // NPM renders every host that uses the list again, with its rules
        state.proxyHosts.all().stream().filter(host -> host.path("access_list_id").asInt() == id)
                .forEach(host -> state.accessRulesDropped.remove(host.get("id").asInt()));
        state.audit(session.userId(), "access-list", id, "updated", answer);
        return Reply.ok(answer);
    }

    private static Reply delete(Call call) {
        Session session = Access.require(call, "access_lists", "manage");
        int id = call.id("listID", "list_id");
        SimState state = call.state;
        ObjectNode row = visible(call, session, id);
        state.accessLists.remove(id);
        state.accessItems.remove(id);
        state.accessClients.remove(id);
        for (ObjectNode host : state.proxyHosts.all()) {
            if (host.path("access_list_id").asInt() == id) {
                host.put("access_list_id", 0);
                host.put("modified_on", state.now());
            }
        }
        state.audit(session.userId(), "access-list", id, "deleted", row);
        return Reply.ok(BooleanNode.TRUE);
    }
}
