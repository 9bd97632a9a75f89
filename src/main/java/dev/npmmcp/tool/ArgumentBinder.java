package dev.npmmcp.tool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Turns a tool call's JSON arguments into the tool's input record. Defaults from {@link Default} are filled in, and
 * every mistake (an unknown or missing parameter, a wrong type, a value outside an enum, a record's own check) becomes
 * a {@link ToolFailure} that names the parameter and what would have been accepted, because the reader is an LLM that
 * will retry with what it is told.
 */
public final class ArgumentBinder {

    private final ObjectMapper mapper;
    /** What binding reads of an input record: every name it accepts, and the top-level ones the tool list shows. */
    private record Binding(Map<String, Object> schema, Set<String> advertised) {}

    private final Map<Class<?>, Binding> bindings = new ConcurrentHashMap<>();

    public ArgumentBinder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <I extends Record> I bind(String toolName, Class<I> type, Map<String, ?> arguments) {
        Binding binding = bindings.computeIfAbsent(type,
                t -> new Binding(JsonSchemas.bindingSchema(type), names(JsonSchemas.inputSchema(type))));
        ObjectNode tree = mapper.createObjectNode();
        arguments.forEach((name, value) -> tree.set(name, mapper.valueToTree(value)));
        // an Unadvertised alias is accepted but not suggested: the hint names only what the tool list shows
        complete(toolName, tree, binding.schema(), "", binding.advertised());
        try {
            return mapper.treeToValue(tree, type);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof ToolFailure failure) {
                throw failure;
            }
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw invalid(toolName, invalid.getMessage(), "Correct the value and call " + toolName + " again.");
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        } catch (JsonProcessingException e) {
            throw translate(toolName, e);
        }
    }

    /** Applies defaults and checks names before Jackson, whose own messages speak Java rather than JSON. */
    @SuppressWarnings("unchecked")
    private void complete(String toolName, ObjectNode node, Map<String, Object> schema, String path,
            Set<String> suggested) {
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        List<String> required = (List<String>) schema.getOrDefault("required", List.of());
        if (Boolean.FALSE.equals(schema.get("additionalProperties"))) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!properties.containsKey(name)) {
                    throw invalid(toolName, "unknown parameter '" + path + name + "'", validNames(suggested, path));
                }
            }
        }
        for (Map.Entry<String, Object> entry : properties.entrySet()) {
            String name = entry.getKey();
            Map<String, Object> property = (Map<String, Object>) entry.getValue();
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                if (property.containsKey("default")) {
                    node.set(name, mapper.valueToTree(property.get("default")));
                } else if (required.contains(name)) {
                    throw invalid(toolName, "missing required parameter '" + path + name + "'",
                            "Pass '" + path + name + "'" + described(property) + ".");
                } else {
                    node.remove(name);
                }
                continue;
            }
            value = lenient(value, property);
            node.set(name, value);
            if (value instanceof ObjectNode object && property.containsKey("properties")) {
                complete(toolName, object, property, path + name + ".", names(property));
            } else if (value instanceof ArrayNode array && property.get("items") instanceof Map<?, ?> items) {
                for (int i = 0; i < array.size(); i++) {
                    JsonNode element = lenient(array.get(i), (Map<String, Object>) items);
                    array.set(i, element);
                    if (element instanceof ObjectNode object && items.containsKey("properties")) {
                        complete(toolName, object, (Map<String, Object>) items, path + name + "[" + i + "].",
                                names((Map<String, Object>) items));
                    }
                }
            }
        }
    }

    /**
     * The value a client meant, where that is beyond doubt: some clients send an array or object parameter as its
     * JSON text (Claude Code has, anthropics/claude-code#22394), an LLM may pass a list of one as the one value, a whole
     * number as 8080.0, or an enum value in another case. Anything else is left for the type checks to name.
     */
    private JsonNode lenient(JsonNode value, Map<String, Object> property) {
        Object type = property.get("type");
        if (value.isTextual() && ("array".equals(type) || "object".equals(type))) {
            String text = value.textValue().strip();
            if (text.startsWith("array".equals(type) ? "[" : "{")) {
                try {
                    JsonNode parsed = mapper.readTree(text);
                    return parsed.isArray() || parsed.isObject() ? parsed : value;
                } catch (JsonProcessingException notJson) {
                    return value;
                }
            }
        }
        if ("integer".equals(type) && value.isFloatingPointNumber() && value.doubleValue() % 1 == 0
                && Math.abs(value.doubleValue()) <= Long.MAX_VALUE) {
            return LongNode.valueOf(value.longValue());
        }
        if ("array".equals(type) && !value.isArray()) {
            return mapper.createArrayNode().add(value);
        }
        if (value.isTextual() && property.get("enum") instanceof List<?> names
                && !names.contains(value.textValue())) {
            String text = value.textValue().strip();
            return names.stream()
                    .filter(name -> name instanceof String choice && choice.equalsIgnoreCase(text))
                    .findFirst()
                    .<JsonNode>map(name -> TextNode.valueOf((String) name))
                    .orElse(value);
        }
        return value;
    }

    private static String described(Map<String, Object> property) {
        if (!(property.get("description") instanceof String description) || description.isEmpty()) {
            return "";
        }
        // inside a sentence: "The proxy host id" reads "the proxy host id", "NPM 2.14+" stays as it is
        boolean word = description.length() > 1 && Character.isLowerCase(description.charAt(1));
        return " (" + (word ? Character.toLowerCase(description.charAt(0)) + description.substring(1) : description)
                + ")";
    }

    @SuppressWarnings("unchecked")
    private static Set<String> names(Map<String, Object> schema) {
        return ((Map<String, Object>) schema.getOrDefault("properties", Map.of())).keySet();
    }

    private static String validNames(Set<String> names, String path) {
        if (names.isEmpty()) {
            return "This tool takes no parameters; call it with {}.";
        }
        return names.stream()
                .map(name -> path + name)
                .collect(Collectors.joining(", ", "Valid parameters: ", "."));
    }

    private ToolFailure translate(String toolName, JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return invalid(toolName, "unknown parameter '" + path(unknown) + "'",
                    "Valid parameters here: " + unknown.getKnownPropertyIds() + ".");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return invalid(toolName, "parameter '" + path(format) + "' does not accept " + quoted(format.getValue()),
                    "Use one of " + JsonSchemas.enumNames(format.getTargetType()) + ".");
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return invalid(toolName, "parameter '" + path(mismatch) + "' has the wrong type",
                    "Pass " + expected(mismatch.getTargetType()) + ".");
        }
        return invalid(toolName, "the arguments are not valid JSON for this tool (" + e.getOriginalMessage() + ")",
                "Check the tool's input schema and call it again.");
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "a " + type.getSimpleName();
    }

    private static String quoted(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }

    private static String path(JsonMappingException e) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                parts.add((parts.isEmpty() ? "" : ".") + reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                parts.add("[" + reference.getIndex() + "]");
            }
        }
        return String.join("", parts);
    }

    private static ToolFailure invalid(String toolName, String problem, String hint) {
        return new ToolFailure("Invalid arguments for " + toolName + ": " + problem + ".", hint);
    }
}
