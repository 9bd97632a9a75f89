package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Proxy hosts: /nginx/proxy-hosts. */
final class ProxyHosts implements HostKind {

    static final ProxyHosts KIND = new ProxyHosts();

    private ProxyHosts() {}

    @Override
    public Resource resource() {
        return new Resource(new Ops("getProxyHosts", "createProxyHost", "getProxyHost", "updateProxyHost",
                "deleteProxyHost", "enableProxyHost", "disableProxyHost"),
                "/nginx/proxy-hosts", "hostID", "host_id", "proxy-host", "proxy_hosts");
    }

    @Override
    public Table table(SimState state) {
        return state.proxyHosts;
    }

    static Schema certificateId() {
        return new Schema.AnyOf(List.of(Schema.integer(0, Long.MAX_VALUE),
                Schema.string().pattern(Schema.Pat.regex("^new$"))));
    }

    @Override
    public Schema.Obj schema(NpmProfile profile) {
        Schema.Obj location = Schema.object()
                .prop("id", new Schema.Int(Long.MIN_VALUE, Long.MAX_VALUE, true))
                .prop("path", Schema.string(1, Integer.MAX_VALUE))
                .prop("forward_scheme", Schema.oneOfValues("http", "https"))
                .prop("forward_host", Schema.string(1, 255))
                .prop("forward_port", Schema.integer(1, 65535))
                .prop("forward_path", Schema.string())
                .prop("advanced_config", Schema.string())
                .require("forward_scheme", "forward_host", "forward_port", "path");
        Schema.Obj schema = Schema.object()
                .prop("domain_names", Domains.names(profile, 1))
                .prop("forward_scheme", Schema.oneOfValues("http", "https"))
                .prop("forward_host", Schema.string(1, 255))
                .prop("forward_port", Schema.integer(1, 65535))
                .prop("certificate_id", certificateId())
                .prop("ssl_forced", Schema.bool())
                .prop("hsts_enabled", Schema.bool())
                .prop("hsts_subdomains", Schema.bool())
                .prop("trust_forwarded_proto", Schema.bool())
                .prop("http2_support", Schema.bool())
                .prop("block_exploits", Schema.bool())
                .prop("caching_enabled", Schema.bool())
                .prop("allow_websocket_upgrade", Schema.bool())
                .prop("access_list_id", Schema.integer(0, Long.MAX_VALUE))
                .prop("advanced_config", Schema.string())
                .prop("enabled", Schema.bool())
                .prop("meta", Schema.anyObject())
                .prop("locations", Schema.array(location))
                .require("domain_names", "forward_scheme", "forward_host", "forward_port");
        return profile.trustForwardedProto() ? schema : schema.without("trust_forwarded_proto");
    }

    @Override
    public ObjectNode newRow(SimState state, int id, int ownerId, JsonNode body) {
        ObjectNode row = HostRoutes.newRow(state, id, ownerId);
        row.set("domain_names", body.get("domain_names"));
        row.set("forward_host", body.get("forward_host"));
        row.set("forward_port", body.get("forward_port"));
        row.set("access_list_id", body.path("access_list_id").isMissingNode() ? HostRoutes.zero()
                : body.get("access_list_id"));
        row.set("certificate_id", body.path("certificate_id").isMissingNode() ? HostRoutes.zero()
                : body.get("certificate_id"));
        row.put("ssl_forced", body.path("ssl_forced").asBoolean(false));
        row.put("caching_enabled", body.path("caching_enabled").asBoolean(false));
        row.put("block_exploits", body.path("block_exploits").asBoolean(false));
        row.put("advanced_config", body.path("advanced_config").asText(""));
        row.set("meta", body.has("meta") ? body.get("meta") : Json.object());
        row.put("allow_websocket_upgrade", body.path("allow_websocket_upgrade").asBoolean(false));
        row.put("http2_support", body.path("http2_support").asBoolean(false));
        row.set("forward_scheme", body.get("forward_scheme"));
        row.put("enabled", body.path("enabled").asBoolean(true));
        if (body.has("locations")) {
            row.set("locations", body.get("locations"));
        } else if (!state.profile.numericBooleans()) {
            row.set("locations", NullNode.getInstance());
        }
        row.put("hsts_enabled", body.path("hsts_enabled").asBoolean(false));
        row.put("hsts_subdomains", body.path("hsts_subdomains").asBoolean(false));
        if (state.profile.trustForwardedProto()) {
            row.put("trust_forwarded_proto", body.path("trust_forwarded_proto").asBoolean(false));
        }
        return row;
    }

    @Override
    public Set<String> expansions(NpmProfile profile) {
        return Set.of("owner", "certificate", "access_list");
    }

    @Override
    public List<String> createExpansions(NpmProfile profile) {
        return List.of("certificate", "owner", "access_list");
    }

    @Override
    public List<String> updateExpansions(NpmProfile profile) {
        return List.of("owner", "certificate", "access_list");
    }

    @Override
    public boolean certificateWithDeleted() {
        return true;
    }

    @Override
    public Optional<String> nginxError(SimState state, ObjectNode row) {
        Optional<String> directive = NginxCheck.unknownDirective(row.path("advanced_config").asText(""));
        for (JsonNode location : row.path("locations")) {
            if (directive.isEmpty()) {
                directive = NginxCheck.unknownDirective(location.path("advanced_config").asText(""));
            }
        }
        return directive.map(d -> NginxCheck.error(d, "proxy_host", row.path("id").asInt(), 44));
    }
}
