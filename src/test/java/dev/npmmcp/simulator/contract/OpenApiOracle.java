package dev.npmmcp.simulator.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * than listed by hand, so the simulator may copy NPM's warts but not invent its own.
 */
final class OpenApiOracle implements Consumer<SimExchange> {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> NPM_2_15_LOGS =
            List.of("npm-api/exchanges-2.15.1.log", "npm-api/versions/exchanges-2.15.1.log");

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
        RecordedJson body = parseComplete(exchange.responseBody());
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
