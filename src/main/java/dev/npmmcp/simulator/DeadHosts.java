package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** 404 hosts: /nginx/dead-hosts, with NPM's two known bugs (stale render on update, broken disable). */
final class DeadHosts implements HostKind {

    static final DeadHosts KIND = new DeadHosts();

    private DeadHosts() {}

    @Override
    public Resource resource() {
        return new Resource(new Ops("getDeadHosts", "create404Host", "getDeadHost", "updateDeadHost",
                "deleteDeadHost", "enableDeadHost", "disableDeadHost"),
                "/nginx/dead-hosts", "hostID", "host_id", "dead-host", "dead_hosts");
    }

    @Override
    public Table table(SimState state) {
        return state.deadHosts;
    }

    @Override
    public Schema.Obj schema(NpmProfile profile) {
        return Schema.object()
                .prop("domain_names", Domains.names(profile, 1))
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
        ObjectNode row = HostRoutes.newRow(state, id, ownerId);
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
    public boolean ownerWithDeleted() {
        return true;
    }

    @Override
    public Optional<String> nginxError(SimState state, ObjectNode row) {
        return NginxCheck.unknownDirective(row.path("advanced_config").asText(""))
                .map(d -> NginxCheck.error(d, "dead_host", row.path("id").asInt(), 29));
    }

    @Override
    public boolean rendersOnUpdate() {
        return false;
    }

    @Override
    public boolean brokenDisable(NpmProfile profile) {
        return profile.deadHostDisableAnswersEmpty();
    }
}
