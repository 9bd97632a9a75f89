package dev.npmmcp.prompt;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a prompt's arguments record. MCP sends prompt arguments as strings, typed by a person into a form, so binding
 * is forgiving where it can be (blank means absent, enum values in any case, lists separated by commas or spaces) and
 * precise where it cannot (the argument at fault and what it accepts).
 *
 * <p>Component types: {@code String}, {@code Integer}, an enum (its {@link JsonProperty} names), {@code List<String>},
 * each of them also inside {@code Optional}. A record's compact constructor checks values by throwing
 * {@link IllegalArgumentException}, whose message is passed on.
 */
public final class PromptArguments {

    private static final PropertyNamingStrategies.NamingBase SNAKE_CASE =
            (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

    private PromptArguments() {}

    /** The arguments as a client lists them, in component order. */
    public static List<PromptArgument> describe(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(component -> {
                    checkSupported(type, component);
                    JsonPropertyDescription description =
                            component.getAccessor().getAnnotation(JsonPropertyDescription.class);
                    if (description == null) {
                        throw new IllegalArgumentException(
                                type.getSimpleName() + "." + component.getName() + " has no description");
                    }
                    return new PromptArgument(name(component), description.value(), !isOptional(component));
                })
                .toList();
    }

    /** Builds the record from the client's arguments, or throws a {@link PromptFailure} naming what is wrong. */
    public static <A extends Record> A bind(String promptName, Class<A> type, Map<String, ?> arguments) {
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        for (RecordComponent component : components) {
            byName.put(name(component), component);
        }
        for (String given : arguments.keySet()) {
            if (!byName.containsKey(given)) {
                throw new PromptFailure(
                        "Prompt " + promptName + " has no argument '" + given + "'.",
                        "Its arguments are: " + String.join(", ", byName.keySet()) + ".");
            }
        }
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Optional<Object> value = read(promptName, component, arguments.get(name(component)));
            if (isOptional(component)) {
                values[i] = value;
            } else {
                values[i] = value.orElseThrow(() -> new PromptFailure(
                        "Prompt " + promptName + " needs the argument '" + name(component) + "'.",
                        "Give " + name(component) + ": " + description(component)));
            }
        }
        return construct(promptName, type, components, values);
    }

    private static Optional<Object> read(String promptName, RecordComponent component, Object raw) {
        if (raw == null || raw instanceof String text && text.isBlank()) {
            return Optional.empty();
        }
        Class<?> target = valueType(component);
        String name = name(component);
        if (target == String.class) {
            return Optional.of(String.valueOf(raw).strip());
        }
        if (target == Integer.class) {
            try {
                return Optional.of(raw instanceof Number number && number.doubleValue() == number.intValue()
                        ? number.intValue()
                        : Integer.parseInt(String.valueOf(raw).strip()));
            } catch (NumberFormatException e) {
                throw new PromptFailure("Argument '" + name + "' of prompt " + promptName + " must be a whole number,"
                        + " not '" + raw + "'.", "Give " + name + ": " + description(component));
            }
        }
        if (target == List.class) {
            List<String> items = raw instanceof Collection<?> many
                    ? many.stream().map(String::valueOf).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : Arrays.stream(String.valueOf(raw).split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
            return items.isEmpty() ? Optional.empty() : Optional.of(items);
        }
        String text = String.valueOf(raw).strip();
        for (Object constant : target.getEnumConstants()) {
            if (enumName((Enum<?>) constant).equalsIgnoreCase(text)) {
                return Optional.of(constant);
            }
        }
        throw new PromptFailure(
                "Argument '" + name + "' of prompt " + promptName + " does not accept '" + text + "'.",
                "Use one of: " + enumNames(target) + ".");
    }

    private static <A extends Record> A construct(
            String promptName, Class<A> type, RecordComponent[] components, Object[] values) {
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<A> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof PromptFailure failure) {
                throw failure;
            }
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw new PromptFailure("Invalid arguments for prompt " + promptName + ": " + invalid.getMessage(),
                        "Correct the argument and ask for the prompt again.");
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static void checkSupported(Class<?> owner, RecordComponent component) {
        Class<?> type = valueType(component);
        if (type != String.class && type != Integer.class && type != List.class && !type.isEnum()) {
            throw new IllegalArgumentException(owner.getSimpleName() + "." + component.getName()
                    + ": prompt arguments are strings, whole numbers, enums or lists of strings");
        }
        if (type == List.class && elementType(component) != String.class) {
            throw new IllegalArgumentException(
                    owner.getSimpleName() + "." + component.getName() + ": only List<String> is supported");
        }
    }

    private static boolean isOptional(RecordComponent component) {
        return component.getType() == Optional.class;
    }

    /** The component's type without Optional; int becomes Integer. */
    private static Class<?> valueType(RecordComponent component) {
        Type type = isOptional(component)
                ? ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0]
                : component.getGenericType();
        Class<?> raw = type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
        return raw == int.class ? Integer.class : raw;
    }

    private static Type elementType(RecordComponent component) {
        Type type = isOptional(component)
                ? ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0]
                : component.getGenericType();
        return ((ParameterizedType) type).getActualTypeArguments()[0];
    }

    static String name(RecordComponent component) {
        JsonProperty explicit = component.getAccessor().getAnnotation(JsonProperty.class);
        if (explicit != null && !explicit.value().isEmpty()) {
            return explicit.value();
        }
        return SNAKE_CASE.translate(component.getName());
    }

    private static String description(RecordComponent component) {
        JsonPropertyDescription description = component.getAccessor().getAnnotation(JsonPropertyDescription.class);
        return description == null ? "" : description.value();
    }

    static String enumName(Enum<?> constant) {
        try {
            JsonProperty property =
                    constant.getDeclaringClass().getField(constant.name()).getAnnotation(JsonProperty.class);
            return property != null && !property.value().isEmpty()
                    ? property.value()
                    : constant.name().toLowerCase(Locale.ROOT);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("enum constant without a field: " + constant, e);
        }
    }

    private static String enumNames(Class<?> enumType) {
        List<String> names = new ArrayList<>();
        for (Object constant : enumType.getEnumConstants()) {
            names.add(enumName((Enum<?>) constant));
        }
        return names.stream().collect(Collectors.joining(", "));
    }
}
