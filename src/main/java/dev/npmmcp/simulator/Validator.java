package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a request body the way NPM's ajv does: all errors, {@code coerceTypes: true}, messages joined by ", ". ajv 8
 * (2.11+) writes {@code data/forward_port must be <= 65535}; ajv 6 (2.10) writes {@code data.forward_port should be <=
 * 65535}. Returns the coerced body, or throws a 400 with the joined messages.
 */
final class Validator {

    private final boolean ajv6;
    private final List<String> errors = new ArrayList<>();
    /** How many errors the first failing keyword left: 2.10 runs ajv 6 with allErrors false and stops there. */
    private int firstFailure = -1;

    private Validator(boolean ajv6) {
        this.ajv6 = ajv6;
    }

    static JsonNode check(Schema schema, JsonNode body, NpmProfile profile) {
        Validator validator = new Validator(profile.ajv6());
        JsonNode result = validator.validate(schema, body, "data");
        if (!validator.errors.isEmpty()) {
            throw NpmError.validation(String.join(", ", validator.reported()));
        }
        return result;
    }

    /** All errors for ajv 8 (allErrors: true from 2.12); up to the first failing keyword for 2.10's ajv 6. */
    private List<String> reported() {
        return ajv6 && firstFailure >= 0 ? errors.subList(0, firstFailure) : errors;
    }

    private void fail(String path, String must, String should) {
        errors.add(path + " " + (ajv6 ? "should " + should : "must " + must));
        if (firstFailure < 0) {
            firstFailure = errors.size();
        }
    }

    private void fail(String path, String rule) {
        fail(path, rule, rule);
    }

    private String child(String path, String property) {
        return ajv6 ? path + "." + property : path + "/" + property;
    }

    private String index(String path, int index) {
        return ajv6 ? path + "[" + index + "]" : path + "/" + index;
    }

    private JsonNode validate(Schema schema, JsonNode value, String path) {
        return switch (schema) {
            case Schema.Obj obj -> object(obj, value, path);
            case Schema.Arr arr -> array(arr, value, path);
            case Schema.Str str -> string(str, value, path);
            case Schema.Int integer -> integer(integer, value, path);
            case Schema.Bool ignored -> bool(value, path);
            case Schema.AnyObject ignored -> {
                if (!value.isObject()) {
                    fail(path, "be object");
                }
                yield value;
            }
            case Schema.AnyOf anyOf -> anyOf(anyOf, value, path);
            case Schema.OneOf oneOf -> oneOf(oneOf, value, path);
        };
    }

    private JsonNode object(Schema.Obj schema, JsonNode value, String path) {
        if (!value.isObject()) {
            fail(path, "be object");
            return value;
        }
        ObjectNode result = ((ObjectNode) value).deepCopy();
        if (result.size() < schema.minProperties()) {
            fail(path, "NOT have fewer than " + schema.minProperties() + " properties");
        }
        for (String name : schema.required()) {
            if (!result.has(name)) {
                fail(path, "have required property '" + name + "'");
            }
        }
        if (schema.closed()) {
            for (Iterator<String> names = result.fieldNames(); names.hasNext(); ) {
                if (!schema.properties().containsKey(names.next())) {
                    fail(path, "NOT have additional properties");
                }
            }
        }
        schema.properties().forEach((name, propertySchema) -> {
            if (result.has(name)) {
                result.set(name, validate(propertySchema, result.get(name), child(path, name)));
            }
        });
        return result;
    }

    private JsonNode array(Schema.Arr schema, JsonNode value, String path) {
        if (!value.isArray()) {
            fail(path, "be array");
            return value;
        }
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        if (value.size() > schema.maxItems()) {
            fail(path, "NOT have more than " + schema.maxItems() + " items");
        }
        if (value.size() < schema.minItems()) {
            fail(path, "NOT have fewer than " + schema.minItems() + " items");
        }
        if (schema.unique()) {
            duplicate(value, path);
        }
        for (int i = 0; i < value.size(); i++) {
            result.add(validate(schema.items(), value.get(i), index(path, i)));
        }
        return result;
    }

    private void duplicate(JsonNode value, String path) {
        Map<JsonNode, Integer> seen = new HashMap<>();
        for (int i = value.size() - 1; i >= 0; i--) {
            Integer later = seen.put(value.get(i), i);
            if (later != null) {
                fail(path, "NOT have duplicate items (items ## " + later + " and " + i + " are identical)");
                return;
            }
        }
    }

    private JsonNode string(Schema.Str schema, JsonNode value, String path) {
        JsonNode coerced = toStringNode(value);
        if (coerced == null) {
            fail(path, "be string");
            return value;
        }
        String text = coerced.asText();
        int length = text.codePointCount(0, text.length());
        if (length > schema.maxLength()) {
            fail(path, "NOT have more than " + schema.maxLength() + " characters",
                    "NOT be longer than " + schema.maxLength() + " characters");
        }
        if (length < schema.minLength()) {
            fail(path, "NOT have fewer than " + schema.minLength() + " characters",
                    "NOT be shorter than " + schema.minLength() + " characters");
        }
        for (Schema.Pat pattern : schema.patterns()) {
            if (!pattern.test().test(text)) {
                fail(path, (pattern.format() ? "match format \"" : "match pattern \"") + pattern.text() + "\"");
            }
        }
        if (!schema.allowed().isEmpty() && !schema.allowed().contains(text)) {
            fail(path, "be equal to one of the allowed values");
        }
        return coerced;
    }

    private static JsonNode toStringNode(JsonNode value) {
        if (value.isTextual()) {
            return value;
        }
        if (value.isNumber() || value.isBoolean()) {
            return TextNode.valueOf(value.asText());
        }
        if (value.isNull()) {
            return TextNode.valueOf("");
        }
        return null;
    }

    private JsonNode integer(Schema.Int schema, JsonNode value, String path) {
        if (schema.nullable() && value.isNull()) {
            return value;
        }
        JsonNode coerced = toInteger(value);
        if (coerced == null) {
            fail(path, schema.nullable() ? "be integer,null" : "be integer");
            return value;
        }
        long number = coerced.asLong();
        if (number > schema.maximum()) {
            fail(path, "be <= " + schema.maximum());
        }
        if (number < schema.minimum()) {
            fail(path, "be >= " + schema.minimum());
        }
        return coerced;
    }

    private static JsonNode toInteger(JsonNode value) {
        if (value.isIntegralNumber()) {
            return value.canConvertToLong() ? LongNode.valueOf(value.asLong()) : null;
        }
        if (value.isNumber()) {
            return whole(value.decimalValue());
        }
        if (value.isBoolean()) {
            return LongNode.valueOf(value.asBoolean() ? 1 : 0);
        }
        if (value.isNull()) {
            return LongNode.valueOf(0);
        }
        if (value.isTextual() && !value.asText().isBlank()) {
            try {
                return whole(new BigDecimal(value.asText().trim()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static JsonNode whole(BigDecimal number) {
        try {
            return LongNode.valueOf(number.longValueExact());
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private JsonNode bool(JsonNode value, String path) {
        if (value.isBoolean()) {
            return value;
        }
        if (value.isNull()) {
            return BooleanNode.FALSE;
        }
        if (value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))) {
            return BooleanNode.valueOf(value.asText().equals("true"));
        }
        if (value.isNumber() && (value.asDouble() == 0 || value.asDouble() == 1)) {
            return BooleanNode.valueOf(value.asDouble() == 1);
        }
        fail(path, "be boolean");
        return value;
    }

    private JsonNode anyOf(Schema.AnyOf schema, JsonNode value, String path) {
        List<String> collected = new ArrayList<>();
        for (Schema option : schema.options()) {
            Validator branch = new Validator(ajv6);
            JsonNode result = branch.validate(option, value, path);
            if (branch.errors.isEmpty()) {
                return result;
            }
            collected.addAll(branch.reported());
        }
        errors.addAll(collected);
        fail(path, "match a schema in anyOf", "match some schema in anyOf");
        return value;
    }

    private JsonNode oneOf(Schema.OneOf schema, JsonNode value, String path) {
        List<String> collected = new ArrayList<>();
        JsonNode passed = NullNode.getInstance();
        int passes = 0;
        for (Schema option : schema.options()) {
            Validator branch = new Validator(ajv6);
            JsonNode result = branch.validate(option, value, path);
            if (branch.errors.isEmpty()) {
                passes++;
                passed = result;
            } else {
                collected.addAll(branch.reported());
            }
        }
        if (passes == 1) {
            return passed;
        }
        if (passes == 0) {
            errors.addAll(collected);
        }
        fail(path, "match exactly one schema in oneOf");
        return value;
    }
}
