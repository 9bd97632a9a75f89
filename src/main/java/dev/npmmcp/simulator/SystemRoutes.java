package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Health (GET /), the schema document, the version check and the host report. */
final class SystemRoutes {

    private SystemRoutes() {}

    static List<Route> routes() {
        return List.of(
                Route.of("GET", "/", "health", p -> true, SystemRoutes::health),
                Route.of("GET", "/schema", "schema", p -> true, SystemRoutes::schema),
                Route.of("GET", "/version/check", "checkVersion", p -> true, SystemRoutes::versionCheck),
                Route.of("GET", "/reports/hosts", "reportsHosts", p -> true, SystemRoutes::report));
    }

    private static Reply health(Call call) {
        ObjectNode answer = Json.object();
        answer.put("status", "OK");
        if (call.profile().hasSetup()) {
            answer.put("setup", call.state.hasUsers());
        }
        ObjectNode version = answer.putObject("version");
        String[] parts = call.state.version.split("\\.");
        version.put("major", number(parts, 0));
        version.put("minor", number(parts, 1));
        version.put("revision", number(parts, 2));
        return Reply.ok(answer);
    }

    private static int number(String[] parts, int index) {
        if (index >= parts.length) {
            return 0;
        }
        String digits = parts[index].replaceAll("\\D.*", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    /** Only probed by clients: a valid OpenAPI skeleton reporting the version, like NPM's document head. */
    private static Reply schema(Call call) {
        ObjectNode document = Json.object();
        document.put("openapi", call.profile() == NpmProfile.V2_10 ? "3.0.0" : "3.1.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "Nginx Proxy Manager API");
        info.put("version", call.state.version);
        document.putArray("servers").addObject().put("url", "http://127.0.0.1/api");
        ObjectNode health = document.putObject("paths").putObject("/").putObject("get");
        health.put("operationId", "health");
        health.put("summary", "Returns the API health status");
        health.putObject("responses").putObject("200").put("description", "200 response");
        return Reply.ok(document);
    }

    /** NPM asks GitHub; the simulator has no network, which NPM reports as nulls. */
    private static Reply versionCheck(Call call) {
        ObjectNode answer = Json.object();
        answer.set("current", NullNode.getInstance());
        answer.set("latest", NullNode.getInstance());
        answer.put("update_available", false);
        return Reply.ok(answer);
    }

    private static Reply report(Call call) {
        Session session = call.session();
        ObjectNode answer = Json.object();
        answer.put("proxy", count(session, call.state.proxyHosts, "proxy_hosts"));
        answer.put("redirection", count(session, call.state.redirectionHosts, "redirection_hosts"));
        answer.put("stream", count(session, call.state.streams, "streams"));
        answer.put("dead", count(session, call.state.deadHosts, "dead_hosts"));
        return Reply.ok(answer);
    }

    private static long count(Session session, Table table, String area) {
        if (!session.may(area, "view")) {
            return 0;
        }
        return table.all().stream().filter(session::sees).count();
    }
}
