package dev.npmmcp.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * NPM's own OpenAPI 3.1 document ({@code ../shared/npm-api/openapi.json}): its operations, their request and response
 * schemas, and validation of JSON against them (JSON Schema 2020-12, the dialect of OpenAPI 3.1). Request bodies are
 * validated the way NPM does it, after ajv's type coercion.
 */
public final class OpenApiDocument {

    /** Where the document is registered for the validator, so its {@code #/components/...} references resolve. */
    private static final String BASE = "https://npm-api.invalid/openapi.json";

    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch", "options", "head");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode root;
    private final SchemaRegistry registry;
    private final List<ApiOperation> operations;
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private OpenApiDocument(JsonNode root, String text) {
        this.root = root;
        this.registry = SchemaRegistry.withDefaultDialect(
                openApiDialect(), builder -> builder.schemas(Map.of(BASE, text)));
        this.operations = readOperations(root);
    }

    /** The shared document; skips the calling test (fails in CI) when ../shared is absent. */
    public static OpenApiDocument load() {
        Path file = SharedData.require("npm-api/openapi.json");
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OpenApiDocument parse(String text) {
        try {
            return new OpenApiDocument(MAPPER.readTree(text), text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("openapi.json is not JSON", e);
        }
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    public ApiOperation operation(String operationId) {
        return operations.stream()
                .filter(operation -> operation.operationId().equals(operationId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation " + operationId + " in openapi.json"));
    }

    /** The operation serving {@code method path} (path relative to /api, query ignored), literal segments first. */
    public Optional<ApiOperation> match(String method, String path) {
        String withoutQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return operations.stream()
                .filter(operation -> operation.method().equalsIgnoreCase(method))
                .filter(operation -> operation.matchesPath(withoutQuery))
                .max(Comparator.comparingInt(ApiOperation::literalSegments));
    }

    /** A named schema of {@code components/schemas}. */
    public DocumentSchema component(String name) {
        return DocumentSchema.at(root, "/components/schemas/" + name);
    }

    /** Violations of {@code schema} by {@code instance}, strictly (no coercion); empty when it conforms. */
    public List<SchemaViolation> validate(DocumentSchema schema, JsonNode instance) {
        Schema validator = compiled.computeIfAbsent(
                schema.pointer(), pointer -> registry.getSchema(SchemaLocation.of(BASE + "#" + pointer)));
        List<SchemaViolation> violations = new ArrayList<>();
        for (Error error : validator.validate(instance)) {
            violations.add(new SchemaViolation(
                    error.getInstanceLocation().toString(), error.getKeyword(), error.getMessage()));
        }
        return violations;
    }

    /**
     * Violations of the operation's JSON request schema by {@code body} after ajv's coercion, i.e. exactly the
     * bodies NPM refuses with a 400. An operation without a JSON body has no violations to report.
     */
    public List<SchemaViolation> validateRequestBody(ApiOperation operation, JsonNode body) {
        return operation.jsonRequestSchema()
                .map(schema -> validate(schema, AjvCoercion.coerce(schema, body)))
                .orElse(List.of());
    }

    /**
     * OpenAPI 3.1's dialect (JSON Schema 2020-12 plus {@code example}, {@code discriminator}...), told that the
     * document's own top-level fields are not schema keywords.
     */
    private static Dialect openApiDialect() {
        Dialect.Builder dialect = Dialect.builder(Dialects.getOpenApi31());
        for (String field : List.of("openapi", "info", "servers", "tags", "paths", "components", "security")) {
            dialect.keyword(new NonValidationKeyword(field));
        }
        return dialect.build();
    }

    private static List<ApiOperation> readOperations(JsonNode root) {
        List<ApiOperation> operations = new ArrayList<>();
        root.path("paths").fields().forEachRemaining(path -> {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    String pointer = "/paths/" + escape(path.getKey()) + "/" + method;
                    operations.add(readOperation(root, pointer, method, path.getKey(), operation));
                }
            }
        });
        return List.copyOf(operations);
    }

    private static ApiOperation readOperation(
            JsonNode root, String pointer, String method, String path, JsonNode operation) {
        JsonNode body = operation.path("requestBody");
        String bodyPointer = pointer + "/requestBody";
        if (body.has("$ref")) {
            bodyPointer = body.get("$ref").asText().substring(1);
            body = root.at(bodyPointer);
        }
        JsonNode content = body.path("content");
        Optional<DocumentSchema> jsonBody = content.has("application/json")
                ? Optional.of(DocumentSchema.at(root, bodyPointer + "/content/application~1json/schema"))
                : Optional.empty();
        Map<Integer, DocumentSchema> responses = new LinkedHashMap<>();
        operation.path("responses").fields().forEachRemaining(response -> {
            if (response.getValue().path("content").path("application/json").has("schema")) {
                responses.put(
                        Integer.valueOf(response.getKey()),
                        DocumentSchema.at(root, pointer + "/responses/" + response.getKey()
                                + "/content/application~1json/schema"));
            }
        });
        return new ApiOperation(
                operation.path("operationId").asText(),
                method.toUpperCase(Locale.ROOT),
                path,
                jsonBody,
                content.has("multipart/form-data"),
                responses);
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
