package dev.npmmcp.simulator.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.testing.ApiOperation;
import dev.npmmcp.testing.DocumentSchema;
import dev.npmmcp.testing.OpenApiDocument;
import dev.npmmcp.testing.RecordedExchange;
import dev.npmmcp.testing.RecordedJson;
import dev.npmmcp.testing.SchemaViolation;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The document's rules for one exchange, applied alike to simulator exchanges and to NPM's recorded ones. */
final class DocumentRules {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> COMPOSITES = Set.of("oneOf", "anyOf", "allOf");

    private DocumentRules() {}

    /** The tolerated strays: what NPM's recorded answers break in the document, where the recording is complete. */
    static Set<String> strays(OpenApiDocument document, List<RecordedExchange> recorded) {
        Set<String> strays = new TreeSet<>();
        for (RecordedExchange exchange : recorded) {
            document.match(exchange.method(), exchange.path()).ifPresent(operation ->
                    responseViolations(document, operation, exchange.status(), exchange.response())
                            .forEach(violation -> strays.add(violation.key())));
        }
        return strays;
    }

    /** Why NPM would not have answered {@code status} to this request body; empty when it could have. */
    static Optional<String> requestViolation(OpenApiDocument document, ApiOperation operation,
            Optional<String> requestBody, int status, String responseBody) {
        if (operation.jsonRequestSchema().isEmpty() || requestBody.isEmpty()) {
            return Optional.empty();
        }
        boolean accepted = status >= 200 && status < 300;
        JsonNode body;
        try {
            body = MAPPER.readTree(requestBody.get());
        } catch (IOException notJson) {
            return accepted ? Optional.of("accepted a body that is not JSON") : Optional.empty();
        }
        List<SchemaViolation> refusals = document.validateRequestBody(operation, body);
        if (accepted && !refusals.isEmpty()) {
            return Optional.of("accepted a body the document refuses: " + refusals);
        }
        Optional<String> message = errorMessage(responseBody);
        if (refusals.isEmpty() && status == 400 && message.filter(DocumentRules::ajvStyle).isPresent()) {
            return Optional.of("refused a body the document accepts, with \"" + message.get() + "\"");
        }
        return Optional.empty();
    }

    /** ajv's messages start at the root of the body: {@code data must ...}, {@code data/x must ...}, {@code data.x should ...}. */
    static boolean ajvStyle(String message) {
        return message.startsWith("data ") || message.startsWith("data/") || message.startsWith("data.");
    }

    private static Optional<String> errorMessage(String responseBody) {
        try {
            JsonNode message = MAPPER.readTree(responseBody).path("error").path("message");
            return message.isTextual() ? Optional.of(message.asText()) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    /**
     * A response's break of the document. {@code key} ({@code operationId status location keyword}, array indices as
     * {@code *}) is what the tolerance of NPM's own strays goes by; {@code message} says it for a human.
     */
    record ResponseViolation(String key, String message) {}

    /** How a response breaks the document; the cut parts of a recording excluded. */
    static List<ResponseViolation> responseViolations(
            OpenApiDocument document, ApiOperation operation, int status, RecordedJson body) {
        Optional<DocumentSchema> schema = responseSchema(document, operation, status);
        if (schema.isEmpty()) {
            return List.of();
        }
        if (body.value().isEmpty()) {
            return List.of(new ResponseViolation(key(operation, status, "", "body"), "no body where JSON is documented"));
        }
        List<SchemaViolation> violations = document.validate(schema.get(), body.value().get());
        Set<String> undecidable = new TreeSet<>();
        for (SchemaViolation violation : violations) {
            if (COMPOSITES.contains(violation.keyword()) && body.open().contains(location(violation))) {
                undecidable.add(location(violation));
            }
        }
        return violations.stream()
                .filter(violation -> !cut(body, violation) && !undecidable.contains(location(violation)))
                .map(violation -> new ResponseViolation(
                        key(operation, status, violation.instanceLocation(), violation.keyword()), violation.toString()))
                .toList();
    }

    private static Optional<DocumentSchema> responseSchema(OpenApiDocument document, ApiOperation operation, int status) {
        DocumentSchema documented = operation.jsonResponseSchemas().get(status);
        if (documented != null) {
            return Optional.of(documented);
        }
        return status >= 400 ? Optional.of(document.component("error")) : Optional.empty();
    }

    /**
     * Whether the violation may come from the recording's cut: inside a cut scalar, or a required member missing from a
     * cut object. A oneOf/anyOf over a cut object cannot be decided either, so its whole location is left out above.
     */
    private static boolean cut(RecordedJson body, SchemaViolation violation) {
        String location = location(violation);
        boolean inCutScalar = body.partial().stream().anyMatch(location::startsWith);
        boolean missingFromCutObject = violation.keyword().equals("required") && body.open().contains(location);
        return inCutScalar || missingFromCutObject;
    }

    private static String location(SchemaViolation violation) {
        return violation.instanceLocation().equals("/") ? "" : violation.instanceLocation();
    }

    private static String key(ApiOperation operation, int status, String location, String keyword) {
        return operation.operationId() + " " + status + " " + location.replaceAll("/[0-9]+(?=/|$)", "/*") + " "
                + keyword;
    }
}
