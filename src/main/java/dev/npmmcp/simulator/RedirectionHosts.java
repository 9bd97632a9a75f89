package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Redirection hosts: /nginx/redirection-hosts. */
final class RedirectionHosts implements HostKind {

    static final RedirectionHosts KIND = new RedirectionHosts();

    private RedirectionHosts() {}

    @Override
    public Resource resource() {
        return new Resource(new Ops("getRedirectionHosts", "createRedirectionHost", "getRedirectionHost",
                "updateRedirectionHost", "deleteRedirectionHost", "enableRedirectionHost", "disableRedirectionHost"),
                "/nginx/redirection-hosts", "hostID", "host_id", "redirection-host", "redirection_hosts");
    }

    @Override
    public Table table(SimState state) {
        return state.redirectionHosts;
    }

    @Override
    public Schema.Obj schema(NpmProfile profile) {
        return Schema.object()
                .prop("domain_names", Domains.names(profile, 1))
                .prop("forward_http_code", Schema.integer(300, 308))
                .prop("forward_scheme", Schema.oneOfValues("auto", "http", "https"))
                .prop("forward_domain_name", Schema.string().pattern(Domains.HOST_NAME))
                .prop("preserve_path", Schema.bool())
                .prop("certificate_id", ProxyHosts.certificateId())
                .prop("ssl_forced", Schema.bool())
                .prop("hsts_enabled", Schema.bool())
                .prop("hsts_subdomains", Schema.bool())
                .prop("http2_support", Schema.bool())
                .prop("block_exploits", Schema.bool())
                .prop("advanced_config", Schema.string())
                .prop("meta", Schema.anyObject())
                .require("domain_names", "forward_scheme", "forward_http_code", "forward_domain_name");
    }

    @Override
    public ObjectNode newRow(SimState state, int id, int ownerId, JsonNode body) {
        ObjectNode row = HostRoutes.newRow(state, id, ownerId);
        row.set("domain_names", body.get("domain_names"));
        row.set("forward_domain_name", body.get("forward_domain_name"));
        row.put("preserve_path", body.path("preserve_path").asBoolean(false));
        row.set("certificate_id", body.has("certificate_id") ? body.get("certificate_id") : HostRoutes.zero());
        row.put("ssl_forced", body.path("ssl_forced").asBoolean(false));
        row.put("block_exploits", body.path("block_exploits").asBoolean(false));
        row.put("advanced_config", body.path("advanced_config").asText(""));
        row.set("meta", body.has("meta") ? body.get("meta") : Json.object());
        row.put("http2_support", body.path("http2_support").asBoolean(false));
        row.put("enabled", true);
        row.put("hsts_enabled", body.path("hsts_enabled").asBoolean(false));
        row.put("hsts_subdomains", body.path("hsts_subdomains").asBoolean(false));
        row.set("forward_scheme", body.get("forward_scheme"));
        row.set("forward_http_code", body.get("forward_http_code"));
        return row;
    }

    @Override
    public boolean ownerWithDeleted() {
        return true;
    }

    @Override
    public Optional<String> nginxError(SimState state, ObjectNode row) {
        return NginxCheck.unknownDirective(row.path("advanced_config").asText(""))
                .map(d -> NginxCheck.error(d, "redirection_host", row.path("id").asInt(), 38));
    }
}
