package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * /audit-log: the newest 100 rows, no paging. {@code query} is matched against the JSON of {@code meta}: anywhere up
 * to 2.12, as a suffix from 2.13 (NPM's LIKE lost its trailing %), so it rarely matches anything there.
 */
final class AuditLog {

    static final int LIMIT = 100;

    private AuditLog() {}

    static List<Route> routes() {
        return List.of(
                Route.of("GET", "/audit-log", "getAuditLogs", p -> true, AuditLog::list),
                Route.of("GET", "/audit-log/{id}", "getAuditLog", NpmProfile::auditEventById, AuditLog::get));
    }

    private static boolean matches(SimState state, ObjectNode row, String query) {
        String meta = Json.write(row.path("meta"));
        return state.profile.auditQueryIsSuffix() ? meta.endsWith(query) : meta.contains(query);
    }

    private static ObjectNode render(SimState state, ObjectNode row, boolean user) {
        ObjectNode result = row.deepCopy();
        if (user) {
            result.set("user", Render.owner(state, row.path("user_id").asInt(), true));
        }
        return Render.booleans(result, state.profile);
    }

    private static Reply list(Call call) {
        Access.requireAdmin(call);
        boolean user = call.expand(Set.of("user")).contains("user");
        var array = Json.array();
        call.state.audit.all().stream()
                .filter(row -> call.queryFilter().map(q -> matches(call.state, row, q)).orElse(true))
                .sorted(Comparator.comparingInt((ObjectNode row) -> row.get("id").asInt()).reversed())
                .limit(LIMIT)
                .forEach(row -> array.add(render(call.state, row, user)));
        return Reply.ok(array);
    }

    private static Reply get(Call call) {
        Access.requireAdmin(call);
        int id = call.id("id", "id");
        boolean user = call.expand(Set.of("user")).contains("user");
        return Reply.ok(render(call.state, call.state.audit.find(id).orElseThrow(() -> call.notFound(id)), user));
    }
}
