package dev.npmmcp.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The type coercion NPM's ajv applies before it validates ({@code coerceTypes: true}): {@code "81"} passes as the
 * integer 81, {@code 1} and {@code "true"} as {@code true}, {@code null} as {@code ""}, {@code 0} or {@code false},
 * numbers and booleans as strings. Arrays are never made from scalars (that needs {@code coerceTypes: "array"}).
 * Without this a validator would refuse bodies that NPM accepts, such as {@code {"forward_port": "81"}}.
 */
final class AjvCoercion {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AjvCoercion() {}

    /** A copy of {@code value} with every coercion ajv would make under {@code schema}. */
    static JsonNode coerce(DocumentSchema schema, JsonNode value) {
        List<DocumentSchema> alternatives = schema.alternatives();
        if (!alternatives.isEmpty()) {
            return coerceToAlternative(alternatives, value);
        }
        List<String> types = schema.types();
        if (!types.isEmpty() && types.stream().noneMatch(type -> isOfType(value, type))) {
            for (String type : types) {
                Optional<JsonNode> coerced = coerceScalar(value, type);
                if (coerced.isPresent()) {
                    return coerced.get();
                }
            }
            return value;
        }
        if (value.isObject()) {
            ObjectNode copy = JSON.objectNode();
            Map<String, DocumentSchema> properties = schema.properties();
            value.fields().forEachRemaining(field -> {
                DocumentSchema property = properties.get(field.getKey());
                copy.set(field.getKey(), property == null ? field.getValue() : coerce(property, field.getValue()));
            });
            return copy;
        }
        if (value.isArray() && schema.items().isPresent()) {
            ArrayNode copy = JSON.arrayNode();
            value.forEach(item -> copy.add(coerce(schema.items().get(), item)));
            return copy;
        }
        return value;
    }

    /** The first branch whose types already fit wins; otherwise the first branch ajv can coerce the value to. */
    private static JsonNode coerceToAlternative(List<DocumentSchema> alternatives, JsonNode value) {
        for (DocumentSchema branch : alternatives) {
            if (branch.types().isEmpty() || branch.types().stream().anyMatch(type -> isOfType(value, type))) {
                return coerce(branch, value);
            }
        }
        for (DocumentSchema branch : alternatives) {
            JsonNode coerced = coerce(branch, value);
            if (!coerced.equals(value)) {
                return coerced;
            }
        }
        return value;
    }

    static boolean isOfType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber() || (value.isNumber() && isWhole(value.decimalValue()));
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            default -> false;
        };
    }

    private static Optional<JsonNode> coerceScalar(JsonNode value, String type) {
        return switch (type) {
            case "string" -> {
                if (value.isNumber() || value.isBoolean()) {
                    yield Optional.of(JSON.textNode(value.asText()));
                }
                yield value.isNull() ? Optional.of(JSON.textNode("")) : Optional.empty();
            }
            case "number", "integer" -> numberFrom(value, type.equals("integer"));
            case "boolean" -> booleanFrom(value);
            case "null" -> {
                boolean empty = (value.isTextual() && value.asText().isEmpty())
                        || (value.isNumber() && value.decimalValue().signum() == 0)
                        || (value.isBoolean() && !value.asBoolean());
                yield empty ? Optional.of(JSON.nullNode()) : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    private static Optional<JsonNode> numberFrom(JsonNode value, boolean integer) {
        if (value.isBoolean()) {
            return Optional.of(JSON.numberNode(value.asBoolean() ? 1 : 0));
        }
        if (value.isNull()) {
            return Optional.of(JSON.numberNode(0));
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            return Optional.empty();
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value.asText().trim());
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
        if (integer && !isWhole(number)) {
            return Optional.empty();
        }
        return Optional.of(isWhole(number) ? JSON.numberNode(number.toBigIntegerExact()) : JSON.numberNode(number));
    }

    private static Optional<JsonNode> booleanFrom(JsonNode value) {
        if (value.isNull()) {
            return Optional.of(JSON.booleanNode(false));
        }
        if (value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))) {
            return Optional.of(JSON.booleanNode(value.asText().equals("true")));
        }
        if (value.isNumber() && (value.decimalValue().compareTo(BigDecimal.ONE) == 0 || value.decimalValue().signum() == 0)) {
            return Optional.of(JSON.booleanNode(value.decimalValue().signum() != 0));
        }
        return Optional.empty();
    }

    private static boolean isWhole(BigDecimal number) {
        return number.stripTrailingZeros().scale() <= 0;
    }
}
