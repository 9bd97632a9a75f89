package dev.npmmcp.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.npmmcp.security.Redactor;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies the process's {@link Redactor} to what a tool result carries, so a password, token, TOTP secret, JWT or
 * private key never reaches the client, while the structuredContent still validates against the tool's output schema.
 *
 * <p>Every string is redacted as text. A field with a secret's name (the Redactor decides which names those are) is
 * masked as a whole where its schema accepts the mask, a string: masked credentials stay {@code ********}, an empty one
 * stays empty ("not set"). Where the schema demands another type (a number, an enum, an object) the field keeps its type
 * and only its strings are redacted. A few declared fields share a secret's name without being one; they are listed in
 * {@link #NOT_SECRETS} with the reason, and only declared fields can be exempted: under NPM's free-form objects every
 * secret-named field is masked.
 */
final class ResultRedaction {

    /**
     * Output fields named like a secret that are not one. The Redactor masks {@code current} because NPM's password
     * change sends the current password under that name; in our outputs it is the instance in use
     * (npm_list_instances) or NPM's running version.
     */
    static final Set<String> NOT_SECRETS = Set.of("current");

    /** A value no secret can equal (the Redactor refuses secrets this short) and no pattern matches. */
    private static final String PROBE = "-";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, Object> ANYTHING = Map.of();
    private static final List<String> CONSTRAINTS = List.of("enum", "const", "format", "pattern");

    private final Redactor redactor;

    ResultRedaction(Redactor redactor) {
        this.redactor = redactor;
    }

    String text(String text) {
        return redactor.redact(text);
    }

    /** A redacted copy of a tool's output record as JSON, walked along {@code schema}, the tool's output schema. */
    JsonNode structured(JsonNode output, Map<String, Object> schema) {
        return redact(output, schema);
    }

    private JsonNode redact(JsonNode node, Map<String, Object> schema) {
        if (node instanceof ObjectNode object) {
            Map<String, Object> declared = map(schema.get("properties"));
            Map<String, Object> others = map(schema.get("additionalProperties"));
            ObjectNode copy = NODES.objectNode();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String name = field.getKey();
                boolean isDeclared = declared.containsKey(name);
                Map<String, Object> fieldSchema = isDeclared ? map(declared.get(name)) : others;
                copy.set(name, field(name, field.getValue(), fieldSchema, isDeclared));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            Map<String, Object> items = map(schema.get("items"));
            ArrayNode copy = NODES.arrayNode(array.size());
            array.forEach(element -> copy.add(redact(element, items)));
            return copy;
        }
        if (node.isTextual()) {
            return NODES.textNode(redactor.redact(node.textValue()));
        }
        return node.deepCopy();
    }

    private JsonNode field(String name, JsonNode value, Map<String, Object> schema, boolean declared) {
        boolean exempt = declared && NOT_SECRETS.contains(name);
        if (!value.isNull() && !exempt && secretName(name) && acceptsAnyString(schema)) {
            boolean notSet = value.isTextual() && value.textValue().isEmpty();
            return notSet ? value.deepCopy() : NODES.textNode(Redactor.MASK);
        }
        return redact(value, schema);
    }

    /** Whether the Redactor masks a field of this name: it alone holds the list, so ask it. */
    private boolean secretName(String name) {
        JsonNode probed = redactor.redact(NODES.objectNode().put(name, PROBE)).path(name);
        return Redactor.MASK.equals(probed.asText());
    }

    /** Whether the mask, a plain string, is valid here: an unconstrained schema or a string without format or enum. */
    private static boolean acceptsAnyString(Map<String, Object> schema) {
        Object type = schema.get("type");
        boolean string = type == null || "string".equals(type) || (type instanceof List<?> types && types.contains("string"));
        return string && CONSTRAINTS.stream().noneMatch(schema::containsKey);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object schema) {
        return schema instanceof Map<?, ?> map ? (Map<String, Object>) map : ANYTHING;
    }
}
