package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** List, get, create, update, delete, enable and disable for one host-like resource, the way NPM does them. */
final class HostRoutes {

    private static final List<String> SSL_FLAGS = List.of("ssl_forced", "http2_support", "hsts_enabled",
            "hsts_subdomains");

    private final HostKind kind;
    private final HostKind.Resource resource;

    private HostRoutes(HostKind kind) {
        this.kind = kind;
        this.resource = kind.resource();
    }

    static List<Route> routes(HostKind kind) {
        HostRoutes host = new HostRoutes(kind);
        HostKind.Resource resource = kind.resource();
        String one = resource.base() + "/{" + resource.param() + "}";
        HostKind.Ops ops = resource.ops();
        return List.of(
                Route.of("GET", resource.base(), ops.list(), p -> true, host::list),
                Route.of("POST", resource.base(), ops.create(), p -> true, host::create),
                Route.of("GET", one, ops.get(), p -> true, host::get),
                Route.of("PUT", one, ops.update(), p -> true, host::update),
                Route.of("DELETE", one, ops.delete(), p -> true, host::delete),
                Route.of("POST", one + "/enable", ops.enable(), p -> true, call -> host.toggle(call, true)),
                Route.of("POST", one + "/disable", ops.disable(), p -> true, call -> host.toggle(call, false)));
    }

    private Reply list(Call call) {
        Session session = Access.require(call, resource.area(), "view");
        call.expand(kind.expansions(call.profile()));
        List<ObjectNode> rows = kind.table(call.state).all().stream()
                .filter(session::sees)
                .filter(row -> call.queryFilter().map(q -> kind.matches(row, q)).orElse(true))
                .sorted(kind.order())
                .toList();
        var array = Json.array();
        rows.forEach(row -> array.add(render(call.state, row, call.expandOrder())));
        return Reply.ok(array);
    }

    private Reply get(Call call) {
        Session session = Access.require(call, resource.area(), "view");
        int id = call.id(resource.param(), resource.npmIdName());
        call.expand(kind.expansions(call.profile()));
        if (call.profile().unknownIdIsOk() && missing(call, session, id)) {
            return Reply.ok(Json.object());
        }
        ObjectNode row = visible(call, session, id);
        return Reply.ok(render(call.state, row, call.expandOrder()));
    }

    /** No row this session may see: what NPM's get() reads as an empty row on 2.10. */
    private boolean missing(Call call, Session session, int id) {
        return kind.table(call.state).find(id).filter(session::sees).isEmpty();
    }

    private ObjectNode visible(Call call, Session session, int id) {
        return kind.table(call.state).find(id).filter(session::sees).orElseThrow(() -> call.notFound(id));
    }

    private Reply create(Call call) {
        Session session = call.session();
        JsonNode body = call.body(kind.schema(call.profile()));
        if (!session.may(resource.area(), "manage")) {
            // From 2.13 NPM fails deeper in its access layer here and loses the permission error entirely.
            throw call.profile().deniedCreateIsInternalError() ? NpmError.internal() : call.denied();
        }
        SimState state = call.state;
        ObjectNode row = kind.newRow(state, 0, session.userId(), body);
        if (requestsCertificate(body)) {
            row.put("certificate_id", 0);
            SSL_FLAGS.stream().filter(row::has).forEach(flag -> row.put(flag, false));
        }
        kind.checkConflicts(state, row);
        int id = kind.table(state).nextId();
        row.put("id", id);
        kind.table(state).put(row);
        ObjectNode answer = row.deepCopy();
        state.audit(session.userId(), resource.objectType(), id, "created", row);
        issueRequested(call, session, body, row)
                .ifPresent(certificateId -> answer.put("certificate_id", certificateId));
        applyNginx(state, row, row);
        state.accessRulesDropped.remove(id);
        return Reply.created(written(call, answer, row, kind.createExpansions(call.profile())));
    }

    private Reply update(Call call) {
        Session session = Access.require(call, resource.area(), "manage");
        int id = call.id(resource.param(), resource.npmIdName());
        JsonNode body = call.body(kind.updateSchema(call.profile()));
        SimState state = call.state;
        if (call.profile().unknownIdIsOk() && missing(call, session, id)) {
            throw NpmError.internalValidation("Host could not be updated, IDs do not match: undefined !== " + id);
        }
        ObjectNode row = visible(call, session, id);
        ObjectNode candidate = row.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            candidate.set(field.getKey(), field.getValue());
        }
        if (requestsCertificate(body)) {
            candidate.put("certificate_id", 0);
        }
        kind.checkConflicts(state, candidate);
        issueRequested(call, session, body, candidate);
        candidate.put("modified_on", state.now());
        kind.table(state).put(candidate);
        state.audit(session.userId(), resource.objectType(), id, "updated", (ObjectNode) body);
        if (kind.rendersOnUpdate()) {
            applyNginx(state, candidate, candidate);
            state.accessRulesDropped.remove(id);
        }
        return Reply.ok(written(call, candidate, candidate, kind.updateExpansions(call.profile())));
    }

    private Reply delete(Call call) {
        Session session = Access.require(call, resource.area(), "manage");
        int id = call.id(resource.param(), resource.npmIdName());
        if (call.profile().unknownIdIsOk() && missing(call, session, id)) {
            throw NpmError.internal();
        }
        ObjectNode row = visible(call, session, id);
        kind.table(call.state).remove(id);
        call.state.accessRulesDropped.remove(id);
        call.state.audit(session.userId(), resource.objectType(), id, "deleted", row);
        return Reply.ok(BooleanNode.TRUE);
    }

    private Reply toggle(Call call, boolean enable) {
        Session session = Access.require(call, resource.area(), "manage");
        int id = call.id(resource.param(), resource.npmIdName());
        Optional<ObjectNode> found = kind.table(call.state).find(id).filter(session::sees);
        if (!enable && kind.brokenDisable(call.profile())) {
            found.ifPresent(row -> setEnabled(call, session, row, false));
            return Reply.ok(Json.object());
        }
        if (found.isEmpty() && call.profile().unknownIdIsOk()) {
            // the empty row counts as disabled; enabling it patches an undefined id
            throw enable ? NpmError.internal() : NpmError.validation(kind.alreadyMessage(call.profile(), false));
        }
        ObjectNode row = found.orElseThrow(() -> call.notFound(id));
        if (row.path("enabled").asBoolean() == enable) {
            throw NpmError.validation(kind.alreadyMessage(call.profile(), enable));
        }
        setEnabled(call, session, row, enable);
        return Reply.ok(BooleanNode.TRUE);
    }

    private void setEnabled(Call call, Session session, ObjectNode row, boolean enable) {
        row.put("enabled", enable);
        row.put("modified_on", call.state.now());
        if (enable) {
            applyNginx(call.state, row, row);
            if (row.has("access_list_id")) {
                // NPM's bug on every version: the enable renders the config without the access rules
                call.state.accessRulesDropped.add(row.get("id").asInt());
            }
        }
        call.state.audit(session.userId(), resource.objectType(), row.get("id").asInt(),
                enable ? "enabled" : "disabled", row);
    }

    private void applyNginx(SimState state, ObjectNode target, ObjectNode rendered) {
        Optional<String> error = kind.nginxError(state, rendered);
        ObjectNode meta = target.withObjectProperty("meta");
        meta.put("nginx_online", error.isEmpty());
        meta.set("nginx_err", error.<JsonNode>map(com.fasterxml.jackson.databind.node.TextNode::valueOf)
                .orElse(NullNode.getInstance()));
    }

    private static boolean requestsCertificate(JsonNode body) {
        return body.path("certificate_id").asText().equals("new");
    }

    /** certificate_id "new": NPM requests a Let's Encrypt certificate for the host's names and stores its id. */
    private static OptionalInt issueRequested(Call call, Session session, JsonNode body, ObjectNode row) {
        if (!requestsCertificate(body)) {
            return OptionalInt.empty();
        }
        int certificateId = Certificates.issueForHost(call, session, row.path("domain_names"), body.path("meta"))
                .get("id").asInt();
        row.put("certificate_id", certificateId);
        return OptionalInt.of(certificateId);
    }

    /**
     * What a create or update answers: {@code answer} with what the version expands; 2.10 also reports the template
     * switches it rendered with on writes of an enabled host.
     */
    private ObjectNode written(Call call, ObjectNode answer, ObjectNode row, List<String> expansions) {
        ObjectNode result = Render.booleans(Render.expanded(answer, expansions, relations(call.state, answer)),
                call.profile());
        if (call.profile().numericBooleans() && kind.renderFlagsOn210() && row.path("enabled").asBoolean()) {
            result.put("use_default_location", true);
            result.put("ipv6", true);
        }
        return result;
    }

    /** A new row's first columns, which every host-like table starts with. */
    static ObjectNode newRow(SimState state, int id, int ownerId) {
        ObjectNode row = Json.object();
        row.put("id", id);
        row.put("created_on", state.now());
        row.put("modified_on", state.now());
        row.put("owner_user_id", ownerId);
        return row;
    }

    ObjectNode render(SimState state, ObjectNode row, List<String> order) {
        return Render.booleans(Render.expanded(row, order, relations(state, row)), state.profile);
    }

    private Map<String, JsonNode> relations(SimState state, ObjectNode row) {
        Map<String, JsonNode> values = new HashMap<>();
        values.put("owner", Render.owner(state, row.path("owner_user_id").asInt(), kind.ownerWithDeleted()));
        values.put("certificate", Certificates.embedded(state, row.path("certificate_id").asInt(),
                kind.certificateWithDeleted()));
        if (row.has("access_list_id")) {
            values.put("access_list", AccessLists.embedded(state, row.path("access_list_id").asInt()));
        }
        return values;
    }

    static Set<String> expansions(String... names) {
        return Set.of(names);
    }

    static IntNode zero() {
        return IntNode.valueOf(0);
    }
}
