package dev.npmmcp.tool;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * JSON Schemas (draft 2020-12 subset) generated from records, so the schema the LLM sees and the record the tool gets
 * cannot drift apart.
 *
 * <ul>
 *   <li>every record is {@code type: object}; a component is required unless it is {@code Optional} or has a
 *       {@link Default};
 *   <li>the input schema binding checks against ({@link #bindingSchema}) sets {@code additionalProperties: false} on
 *       every object, so an unknown name is refused with the list of valid ones; the advertised one
 *       ({@link #inputSchema}) leaves that out, and the {@link Unadvertised} parameters with it, since every byte the
 *       LLM reads is paid in every conversation and the binder refuses unknown names anyway; outputs never set it, so
 *       a newer server adding a field never breaks a client validating an older schema, nor {@code required}: a record
 *       never writes null, so that list would only repeat the names of its non-Optional fields;
 *   <li>input descriptions come from {@link JsonPropertyDescription} (components) and {@link JsonClassDescription}
 *       (records); output schemas carry none: they are for clients to validate the structure against, and every
 *       byte of them is paid in every conversation, while the LLM reads the result itself;
 *   <li>enums list their {@link JsonProperty} names; lists become arrays, sets arrays of unique items, {@code Map<String,
 *       T>} objects of T.
 * </ul>
 *
 * Unsupported types fail at generation (that is, when the catalog is built, in tests), never at call time.
 */
public final class JsonSchemas {

    // ObjectReader is immutable: a constant, not shared mutable state.
    private static final ObjectReader LITERALS = ToolJson.newMapper().reader();

    private JsonSchemas() {}

    /** The input schema as tools/list advertises it. */
    public static Map<String, Object> inputSchema(Class<? extends Record> type) {
        return new Generator(Mode.ADVERTISED).object(type);
    }

    /** The input schema arguments are bound against: every accepted name, and no other. */
    public static Map<String, Object> bindingSchema(Class<? extends Record> type) {
        return new Generator(Mode.BINDING).object(type);
    }

    public static Map<String, Object> outputSchema(Class<? extends Record> type) {
        return new Generator(Mode.OUTPUT).object(type);
    }

    private enum Mode { ADVERTISED, BINDING, OUTPUT }

    private static final class Generator {

        private final Mode mode;
        private final Deque<Class<?>> path = new ArrayDeque<>();

        Generator(Mode mode) {
            this.mode = mode;
        }

        private boolean input() {
            return mode != Mode.OUTPUT;
        }

        Map<String, Object> object(Class<?> recordType) {
            if (path.contains(recordType)) {
                throw new IllegalArgumentException("recursive record " + recordType.getName() + " via " + path);
            }
            path.push(recordType);
            Map<String, Object> schema = new LinkedHashMap<>();
            schema.put("type", "object");
            JsonClassDescription classDescription = recordType.getAnnotation(JsonClassDescription.class);
            if (classDescription != null && input()) {
                schema.put("description", classDescription.value());
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            List<String> required = new ArrayList<>();
            for (RecordComponent component : recordType.getRecordComponents()) {
                if (mode == Mode.ADVERTISED && component.getAnnotation(Unadvertised.class) != null) {
                    continue;
                }
                String name = ToolJson.propertyName(component);
                properties.put(name, property(recordType, component));
                if (!isOptional(component.getGenericType()) && component.getAnnotation(Default.class) == null) {
                    required.add(name);
                }
            }
            schema.put("properties", properties);
            // an output's required list would only repeat its non-Optional fields, which a record always writes
            if (!required.isEmpty() && input()) {
                schema.put("required", List.copyOf(required));
            }
            if (mode == Mode.BINDING) {
                schema.put("additionalProperties", false);
            }
            path.pop();
            return schema;
        }

        private Map<String, Object> property(Class<?> owner, RecordComponent component) {
            Type type = component.getGenericType();
            boolean optional = isOptional(type);
            Map<String, Object> schema = new LinkedHashMap<>(of(optional ? typeArgument(type, 0) : type));
            JsonPropertyDescription description = component.getAccessor().getAnnotation(JsonPropertyDescription.class);
            if (description != null && input()) {
                schema.put("description", description.value());
            }
            Default fallback = component.getAnnotation(Default.class);
            if (fallback != null) {
                if (optional) {
                    throw new IllegalArgumentException(owner.getSimpleName() + "." + component.getName()
                            + ": @Default on an Optional component; make it a plain type, the default fills it in");
                }
                Object value = defaultValue(owner, component, schema, fallback.value());
                // an absent flag reads as false to anyone: the advertised schema leaves that default unsaid
                if (mode != Mode.ADVERTISED || !Boolean.FALSE.equals(value)) {
                    schema.put("default", value);
                }
            }
            return schema;
        }

        private Map<String, Object> of(Type type) {
            if (type instanceof ParameterizedType parameterized) {
                Class<?> raw = (Class<?>) parameterized.getRawType();
                if (Collection.class.isAssignableFrom(raw)) {
                    Map<String, Object> array = new LinkedHashMap<>();
                    array.put("type", "array");
                    array.put("items", of(typeArgument(type, 0)));
                    if (Set.class.isAssignableFrom(raw)) {
                        array.put("uniqueItems", true);
                    }
                    return array;
                }
                if (Map.class.isAssignableFrom(raw) && typeArgument(type, 0) == String.class) {
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("type", "object");
                    map.put("additionalProperties", of(typeArgument(type, 1)));
                    return map;
                }
                throw unsupported(type);
            }
            if (!(type instanceof Class<?> c)) {
                throw unsupported(type);
            }
            if (c == String.class) {
                return Map.of("type", "string");
            }
            if (c == boolean.class || c == Boolean.class) {
                return Map.of("type", "boolean");
            }
            if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == short.class
                    || c == Short.class || c == BigInteger.class) {
                return Map.of("type", "integer");
            }
            if (c == double.class || c == Double.class || c == float.class || c == Float.class
                    || c == BigDecimal.class) {
                return Map.of("type", "number");
            }
            if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class) {
                return Map.of("type", "string", "format", "date-time");
            }
            if (c == LocalDate.class) {
                return Map.of("type", "string", "format", "date");
            }
            if (c == URI.class) {
                return Map.of("type", "string", "format", "uri");
            }
            if (c == JsonNode.class || c == Object.class) {
                return Map.of();
            }
            if (c.isEnum()) {
                return Map.of("type", "string", "enum", enumNames(c));
            }
            if (c.isRecord()) {
                return object(c);
            }
            throw unsupported(type);
        }

        private IllegalArgumentException unsupported(Type type) {
            return new IllegalArgumentException("no JSON schema mapping for " + type.getTypeName() + " in " + path);
        }
    }

    static List<String> enumNames(Class<?> enumType) {
        List<String> names = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                JsonProperty property = enumType.getField(name).getAnnotation(JsonProperty.class);
                names.add(property != null && !property.value().isEmpty() ? property.value() : name);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("enum constant without a field: " + name, e);
            }
        }
        return List.copyOf(names);
    }

    private static Object defaultValue(Class<?> owner, RecordComponent component, Map<String, Object> schema,
            String literal) {
        String where = owner.getSimpleName() + "." + component.getName();
        Object type = schema.get("type");
        if ("string".equals(type)) {
            if (schema.get("enum") instanceof List<?> allowed && !allowed.contains(literal)) {
                throw new IllegalArgumentException(where + ": default '" + literal + "' is not one of " + allowed);
            }
            return literal;
        }
        Object value;
        try {
            value = LITERALS.readValue(literal, Object.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": default '" + literal + "' is not a JSON literal", e);
        }
        boolean fits = switch (String.valueOf(type)) {
            case "integer" -> value instanceof Integer || value instanceof Long || value instanceof BigInteger;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            case "array" -> value instanceof List<?>;
            case "object" -> value instanceof Map<?, ?>;
            default -> false;
        };
        if (!fits) {
            throw new IllegalArgumentException(where + ": default '" + literal + "' does not fit type " + type);
        }
        return value;
    }

    private static boolean isOptional(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() == Optional.class;
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalArgumentException("raw type without type arguments: " + type.getTypeName());
    }
}
