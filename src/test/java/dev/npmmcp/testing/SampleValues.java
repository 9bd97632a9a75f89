package dev.npmmcp.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Valid values for request properties. The schema alone does not make realistic bodies (a {@code domain_names} item
 * only has to avoid some characters; {@code secret} on {@code POST /tokens} has to be the admin's password), so a
 * small table per field name, overridable per operation, comes first and the schema fills in the rest.
 */
public final class SampleValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Tried in order for a string with a {@code pattern} and no table entry. */
    private static final List<String> PATTERN_CANDIDATES = List.of(
            "case.test.local", "192.168.1.0/24", "127.0.0.1", "other", "new", "password", "all", "user", "rsa");

    private final Map<String, JsonNode> byField;
    private final Map<String, JsonNode> byOperationField;

    private SampleValues(Map<String, JsonNode> byField, Map<String, JsonNode> byOperationField) {
        this.byField = Map.copyOf(byField);
        this.byOperationField = Map.copyOf(byOperationField);
    }

    /**
     * Samples for NPM's fields. {@code adminEmail} and {@code adminPassword} are the credentials of the account the
     * bodies are sent with, for the fields that must name it ({@code POST /tokens}, {@code current} of
     * {@code PUT /users/{id}/auth}).
     */
    public static SampleValues forNpm(String adminEmail, String adminPassword) {
        Map<String, JsonNode> byField = Map.ofEntries(
                Map.entry("domain_names", json("[\"case.test.local\"]")),
                Map.entry("domains", json("[\"case.test.local\"]")),
                Map.entry("forward_host", JSON.textNode("127.0.0.1")),
                Map.entry("forwarding_host", JSON.textNode("127.0.0.1")),
                Map.entry("forward_port", JSON.numberNode(8080)),
                Map.entry("forwarding_port", JSON.numberNode(22)),
                Map.entry("incoming_port", JSON.numberNode(9100)),
                Map.entry("forward_domain_name", JSON.textNode("target.test.local")),
                Map.entry("forward_http_code", JSON.numberNode(301)),
                Map.entry("forward_path", JSON.textNode("/")),
                Map.entry("path", JSON.textNode("/api")),
                Map.entry("id", JSON.nullNode()),
                Map.entry("email", JSON.textNode("case.user@example.com")),
                Map.entry("name", JSON.textNode("Case")),
                Map.entry("nickname", JSON.textNode("case")),
                Map.entry("nice_name", JSON.textNode("case certificate")),
                Map.entry("roles", json("[\"admin\"]")),
                Map.entry("auth", json("{\"type\":\"password\",\"secret\":\"casepassword1\"}")),
                Map.entry("username", JSON.textNode("caseuser")),
                Map.entry("password", JSON.textNode("casepassword1")),
                Map.entry("secret", JSON.textNode("casepassword1")),
                Map.entry("address", JSON.textNode("192.168.1.0/24")),
                Map.entry("certificate_id", JSON.numberNode(0)),
                Map.entry("access_list_id", JSON.numberNode(0)),
                Map.entry("advanced_config", JSON.textNode("")),
                Map.entry("provider", JSON.textNode("other")),
                Map.entry("dns_provider", JSON.textNode("cloudflare")),
                Map.entry("dns_provider_credentials", JSON.textNode("dns_cloudflare_api_token = case")),
                Map.entry("propagation_seconds", JSON.numberNode(30)),
                Map.entry("redirect", JSON.textNode("https://example.com")),
                Map.entry("html", JSON.textNode("<p>case</p>")),
                Map.entry("code", JSON.textNode("123456")),
                Map.entry("challenge_token", JSON.textNode("case-challenge")),
                Map.entry("identity", JSON.textNode(adminEmail)));
        Map<String, JsonNode> byOperationField = Map.of(
                "requestToken/secret", JSON.textNode(adminPassword),
                "updateUserAuth/current", JSON.textNode(adminPassword));
        return new SampleValues(byField, byOperationField);
    }

    /** A valid value for {@code property} of {@code operationId}'s body; {@code complete} fills optional members too. */
    public JsonNode sample(String operationId, String property, DocumentSchema schema, boolean complete) {
        JsonNode tabled = byOperationField.get(operationId + "/" + property);
        if (tabled == null) {
            tabled = byField.get(property);
        }
        return tabled != null ? tabled.deepCopy() : fromSchema(operationId, schema, complete);
    }

    /** A value valid for {@code schema}, made from its keywords alone (table entries for nested members). */
    JsonNode fromSchema(String operationId, DocumentSchema schema, boolean complete) {
        List<DocumentSchema> alternatives = schema.alternatives();
        if (!alternatives.isEmpty()) {
            return fromSchema(operationId, alternatives.getFirst(), complete);
        }
        List<String> allowed = schema.enumValues();
        if (!allowed.isEmpty()) {
            return JSON.textNode(allowed.getFirst());
        }
        String type = schema.types().isEmpty() ? "object" : schema.types().getFirst();
        return switch (type) {
            case "string" -> JSON.textNode(string(schema));
            case "integer", "number" -> JSON.numberNode(schema.integerKeyword("minimum").orElse(1L));
            case "boolean" -> JSON.booleanNode(true);
            case "null" -> JSON.nullNode();
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                schema.items().ifPresent(items -> array.add(fromSchema(operationId, items, complete)));
                yield array;
            }
            default -> object(operationId, schema, complete);
        };
    }

    private ObjectNode object(String operationId, DocumentSchema schema, boolean complete) {
        ObjectNode object = JSON.objectNode();
        schema.properties().forEach((name, property) -> {
            if (complete || schema.required().contains(name)) {
                object.set(name, sample(operationId, name, property, complete));
            }
        });
        return object;
    }

    private static String string(DocumentSchema schema) {
        Optional<String> pattern = schema.textKeyword("pattern");
        if (pattern.isEmpty()) {
            return "case";
        }
        Pattern compiled = Pattern.compile(pattern.get());
        return PATTERN_CANDIDATES.stream()
                .filter(candidate -> compiled.matcher(candidate).find())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no sample string matches " + pattern.get()));
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
