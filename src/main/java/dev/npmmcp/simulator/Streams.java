package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Streams: /nginx/streams. TLS streams ({@code certificate_id}) exist from 2.12. A second stream on a port already
 * listened on is accepted but fails nginx's test, so it goes offline (NPM then sets its config aside, which is why the
 * first stream stays online).
 */
final class Streams implements HostKind {

    static final Streams KIND = new Streams();

    private Streams() {}

    @Override
    public Resource resource() {
        return new Resource(new Ops("getStreams", "createStream", "getStream", "updateStream", "deleteStream",
                "enableStream", "disableStream"),
                "/nginx/streams", "streamID", "stream_id", "stream", "streams");
    }

    @Override
    public Table table(SimState state) {
        return state.streams;
    }

    @Override
    public Schema.Obj schema(NpmProfile profile) {
        Schema host = new Schema.AnyOf(List.of(Schema.string().pattern(Domains.HOST_NAME), Schema.string(),
                Schema.string()));
        Schema.Obj schema = Schema.object()
                .prop("incoming_port", Schema.integer(1, 65535))
                .prop("forwarding_host", host)
                .prop("forwarding_port", Schema.integer(1, 65535))
                .prop("tcp_forwarding", Schema.bool())
                .prop("udp_forwarding", Schema.bool());
        if (profile.streamCertificates()) {
            schema = schema.prop("certificate_id", ProxyHosts.certificateId());
        }
        schema = schema.prop("meta", Schema.anyObject());
        if (profile == NpmProfile.V2_15) {
            schema = schema.prop("domain_names", Domains.names(profile, 1));
        }
        return schema.require("incoming_port", "forwarding_host", "forwarding_port");
    }

    @Override
    public Schema.Obj updateSchema(NpmProfile profile) {
        return schema(profile).without("domain_names").partial(profile.partialUpdatesNeedProperties());
    }

    @Override
    public ObjectNode newRow(SimState state, int id, int ownerId, JsonNode body) {
        ObjectNode row = HostRoutes.newRow(state, id, ownerId);
        row.set("incoming_port", body.get("incoming_port"));
        row.set("forwarding_host", body.get("forwarding_host"));
        row.set("forwarding_port", body.get("forwarding_port"));
        row.put("tcp_forwarding", body.path("tcp_forwarding").asBoolean(false));
        row.put("udp_forwarding", body.path("udp_forwarding").asBoolean(false));
        row.set("meta", body.has("meta") ? body.get("meta") : Json.object());
        row.put("enabled", true);
        if (state.profile.streamCertificates()) {
            row.set("certificate_id", body.has("certificate_id") ? body.get("certificate_id") : HostRoutes.zero());
        }
        return row;
    }

    @Override
    public Set<String> expansions(NpmProfile profile) {
        // 2.10's stream model has no certificate relation: asking for it is a 500.
        return profile.streamCertificates() ? Set.of("owner", "certificate") : Set.of("owner");
    }

    @Override
    public List<String> createExpansions(NpmProfile profile) {
        return profile.streamCertificates() ? List.of("certificate", "owner") : List.of("owner");
    }

    @Override
    public List<String> updateExpansions(NpmProfile profile) {
        return profile.streamCertificates() ? List.of("owner", "certificate") : List.of("owner");
    }

    @Override
    public Optional<String> nginxError(SimState state, ObjectNode row) {
        int id = row.path("id").asInt();
        int port = row.path("incoming_port").asInt();
        boolean clash = state.streams.all().stream()
                .filter(other -> other.path("id").asInt() != id)
                .filter(other -> other.path("enabled").asBoolean())
                .filter(other -> other.path("meta").path("nginx_online").asBoolean(false))
                .filter(other -> other.path("incoming_port").asInt() == port)
                .anyMatch(other -> (both(row, other, "tcp_forwarding")) || both(row, other, "udp_forwarding"));
        if (!clash) {
            return Optional.empty();
        }
        return Optional.of("nginx: [emerg] duplicate listen options for 0.0.0.0:" + port + " in /data/nginx/stream/"
                + id + ".conf:7\nnginx: configuration file /etc/nginx/nginx.conf test failed\n");
    }

    private static boolean both(ObjectNode a, ObjectNode b, String protocol) {
        return a.path(protocol).asBoolean() && b.path(protocol).asBoolean();
    }

    @Override
    public void checkConflicts(SimState state, ObjectNode candidate) {
        // NPM accepts a second stream on a used port; the clash only shows in nginx's status.
    }

    @Override
    public boolean matches(ObjectNode row, String query) {
        return row.path("incoming_port").asText().contains(query) || row.path("forwarding_host").asText()
                .contains(query);
    }

    @Override
    public Comparator<ObjectNode> order() {
        return Comparator.comparingInt(row -> row.path("incoming_port").asInt());
    }

    @Override
    public boolean renderFlagsOn210() {
        return false;
    }

    /** NPM 2.12 gave streams their own word; 2.10 still says Host (stream.js at each release tag). */
    @Override
    public String alreadyMessage(NpmProfile profile, boolean enabled) {
        String subject = profile.atLeast(NpmProfile.V2_12) ? "Stream" : "Host";
        return subject + (enabled ? " is already enabled" : " is already disabled");
    }
}
