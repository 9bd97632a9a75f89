package dev.npmmcp.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.npmmcp.simulator.SimExchange;
import dev.npmmcp.testing.ApiOperation;
import dev.npmmcp.testing.ExchangeLog;
import dev.npmmcp.testing.OpenApiDocument;
import dev.npmmcp.testing.RecordedJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Holds every exchange a simulator handles against NPM's OpenAPI document; attach it with
 * {@code sim.onExchange(oracle)} and assert {@link #violations()} is empty at the end.
 *
 * <p>Requests: a body the document refuses (after ajv's coercion) must not be accepted (2xx), a body it accepts must
 * not be refused with an ajv message ({@code data...}), and the simulator must count the request under the document's
 * operationId. Responses: the body must conform to the schema documented for its status, or to NPM's error schema for
 * an undocumented error status. NPM itself strays from its document in places (a {@code locations: null}, an
 * {@code is_deleted} in an embedded owner, {@code message_i18n} and {@code debug} beside errors...): those strays, and
 * only those, are tolerated, and they are learnt from what NPM 2.15.1 really answered in the recorded logs rather
 * than listed by hand, so the simulator may copy NPM's warts but not invent its own. The one exception is a stray
 * NPM's source proves on a path no complete recording shows (see {@link #forgiveSourceProvenOmissions}).
 */
final class OpenApiOracle implements Consumer<SimExchange> {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> NPM_2_15_LOGS =
            List.of("npm-api/exchanges-2.15.1.log", "npm-api/versions/exchanges-2.15.1.log");

    /** The operations whose answers embed proxy hosts' {@code access_list} (with {@code expand=access_list}). */
    private static final Set<String> EMBEDDING_ACCESS_LIST =
            Set.of("getProxyHosts", "getProxyHost", "createProxyHost", "updateProxyHost");

    private final OpenApiDocument document;
    private final Set<String> npmOwnStrays;
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());

    private OpenApiOracle(OpenApiDocument document, Set<String> npmOwnStrays) {
        this.document = document;
        this.npmOwnStrays = Set.copyOf(npmOwnStrays);
    }

    static OpenApiOracle create(OpenApiDocument document) {
        return new OpenApiOracle(document, DocumentRules.strays(document, NPM_2_15_LOGS.stream()
                .flatMap(log -> ExchangeLog.load(log).stream())
                .toList()));
    }

    /** A new oracle with no violations yet, sharing this one's document and learnt strays (cheap per test case). */
    OpenApiOracle fresh() {
        return new OpenApiOracle(document, npmOwnStrays);
    }

    @Override
    public void accept(SimExchange exchange) {
        String target = exchange.method() + " " + exchange.path()
                + (exchange.query().isEmpty() ? "" : "?" + exchange.query());
        Optional<ApiOperation> operation = document.match(exchange.method(), exchange.path());
        String documented = operation.map(ApiOperation::operationId).orElse("unknown");
        if (!documented.equals(exchange.operationId())) {
            violations.add(target + ": counted as " + exchange.operationId() + ", the document says " + documented);
        }
        if (operation.isEmpty()) {
            return;
        }
        DocumentRules.requestViolation(document, operation.get(), exchange.requestBody(), exchange.status(), exchange.responseBody())
                .ifPresent(violation -> violations.add(target + " → " + exchange.status() + ": " + violation));
        RecordedJson body = forgiveSourceProvenOmissions(exchange.operationId(), parseComplete(exchange.responseBody()));
        for (DocumentRules.ResponseViolation violation :
                DocumentRules.responseViolations(document, operation.get(), exchange.status(), body)) {
            if (!npmOwnStrays.contains(violation.key())) {
                violations.add(target + " → " + exchange.status() + ": response " + violation.message()
                        + " (NPM's recorded answers never do this); body " + abbreviate(exchange.responseBody()));
            }
        }
    }

    List<String> violations() {
        synchronized (violations) {
            return List.copyOf(violations);
        }
    }

    /**
     * The document's access-list-object requires {@code proxy_host_count}, but NPM leaves it out of the access list a
     * proxy host embeds, and the logs cut every such answer before it. In NPM's source (backend/internal/access-list.js)
     * the count exists only as a computed column of the access-list routes' own query ({@code select access_list.*,
     * COUNT(proxy_host.id) as proxy_host_count} over a left join on proxy_host); a proxy host loads its list through
     * objection's relation mapping instead (backend/models/proxy_host.js {@code access_list}, fetched by
     * backend/internal/proxy-host.js with {@code withGraphFetched("[..., access_list.[clients,items]]")}), which selects
     * the bare access_list row. Only the absence is forgiven: the list is judged as if NPM had counted, so every other
     * member is still held to the document.
     */
    private static RecordedJson forgiveSourceProvenOmissions(String operationId, RecordedJson body) {
        if (!EMBEDDING_ACCESS_LIST.contains(operationId) || body.value().isEmpty()) {
            return body;
        }
        JsonNode copy = body.value().get().deepCopy();
        Iterable<JsonNode> hosts = copy.isArray() ? copy : List.of(copy);
        for (JsonNode host : hosts) {
            if (host.path("access_list") instanceof ObjectNode list && !list.has("proxy_host_count")) {
                list.put("proxy_host_count", 0);
            }
        }
        return new RecordedJson(Optional.of(copy), body.partial(), body.open());
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }

    private static RecordedJson parseComplete(String body) {
        try {
            return RecordedJson.parse(body);
        } catch (IllegalArgumentException notJson) {
            return new RecordedJson(Optional.of(MAPPER.getNodeFactory().textNode(body)), Set.of(), Set.of());
        }
    }
}
