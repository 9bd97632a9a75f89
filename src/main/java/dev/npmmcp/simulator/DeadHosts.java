package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** 404 hosts: /nginx/dead-hosts, with NPM's two known bugs (stale render on update, broken disable). */
final class DeadHosts implements HostKind {

    static final DeadHosts KIND = new DeadHosts();

    private DeadHosts() {}

    static List<Route> routes() {
        return HostRoutes.routes(KIND);
    }

    @Override
    public Ops ops() {
        return new Ops("getDeadHosts", "create404Host", "getDeadHost", "updateDeadHost", "deleteDeadHost",
                "enableDeadHost", "disableDeadHost");
    }

    @Override
    public String base() {
        return "/nginx/dead-hosts";
    }

    @Override
    public String param() {
        return "hostID";
    }

    @Override
    public String npmIdName() {
        return "host_id";
    }

    @Override
    public String objectType() {
        return "dead-host";
    }

    @Override
    public String area() {
        return "dead_hosts";
    }

    @Override
    public Table table(SimState state) {
        return state.deadHosts;
    }

    @Override
    public Schema.Obj schema(NpmProfile profile) {
        return Schema.object()
                .prop("domain_names", Domains.names(1))
                .prop("certificate_id", ProxyHosts.certificateId())
                .prop("ssl_forced", Schema.bool())
                .prop("hsts_enabled", Schema.bool())
                .prop("hsts_subdomains", Schema.bool())
                .prop("http2_support", Schema.bool())
                .prop("advanced_config", Schema.string())
                .prop("meta", Schema.anyObject())
                .require("domain_names");
    }

    @Override
    public ObjectNode newRow(SimState state, int id, int ownerId, JsonNode body) {
        ObjectNode row = Json.object();
        row.put("id", id);
        row.put("created_on", state.now());
        row.put("modified_on", state.now());
        row.put("owner_user_id", ownerId);
        row.set("domain_names", body.get("domain_names"));
        row.set("certificate_id", body.has("certificate_id") ? body.get("certificate_id") : HostRoutes.zero());
        row.put("ssl_forced", body.path("ssl_forced").asBoolean(false));
        row.put("advanced_config", body.path("advanced_config").asText(""));
        row.set("meta", body.has("meta") ? body.get("meta") : Json.object());
        row.put("http2_support", body.path("http2_support").asBoolean(false));
        row.put("enabled", true);
        row.put("hsts_enabled", body.path("hsts_enabled").asBoolean(false));
        row.put("hsts_subdomains", body.path("hsts_subdomains").asBoolean(false));
        return row;
    }

    @Override
    public Set<String> expansions(NpmProfile profile) {
        return Set.of("owner", "certificate");
    }

    @Override
    public List<String> createExpansions(NpmProfile profile) {
        return List.of("certificate", "owner");
    }

    @Override
    public List<String> updateExpansions(NpmProfile profile) {
        return List.of("owner", "certificate");
    }

    @Override
    public boolean ownerWithDeleted() {
        return true;
    }

    @Override
    public Optional<String> nginxError(SimState state, ObjectNode row) {
        return NginxCheck.unknownDirective(row.path("advanced_config").asText(""))
                .map(d -> NginxCheck.error(d, "dead_host", row.path("id").asInt(), 29));
    }

    @Override
    public void checkConflicts(SimState state, ObjectNode candidate) {
        Domains.checkFree(state, candidate);
    }

    @Override
    public boolean matches(ObjectNode row, String query) {
        return Domains.matches(row, query);
    }

    @Override
    public Comparator<ObjectNode> order() {
        return Domains.order();
    }

    @Override
    public boolean rendersOnUpdate() {
        return false;
    }

    @Override
    public boolean brokenDisable() {
        return true;
    }
}
