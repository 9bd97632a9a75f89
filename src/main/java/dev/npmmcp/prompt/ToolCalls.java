package dev.npmmcp.prompt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.stream.Collectors;

/**
 * Writes tool calls into prompt text as the assistant will send them: the tool's name and its JSON arguments, with
 * {@code instance_name} added to every call when the prompt was given one, so no step silently targets another
 * instance.
 */
final class ToolCalls {

    /** A value the assistant fills in from an earlier step, written {@code <like this>}. */
    record Placeholder(String text) {}

    private final Optional<String> instanceName;

    private ToolCalls(Optional<String> instanceName) {
        this.instanceName = instanceName;
    }

    /** Calls on the named instance; with none, calls leave instance_name out and reach the server's current one. */
    static ToolCalls on(Optional<String> instanceName) {
        return new ToolCalls(instanceName);
    }

    static Placeholder placeholder(String text) {
        return new Placeholder(text);
    }

    /** A JSON object argument, its keys in the order given. */
    static SequencedMap<String, Object> object(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("members come in name/value pairs");
        }
        SequencedMap<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            object.put((String) pairs[i], pairs[i + 1]);
        }
        return object;
    }

    /**
     * {@code tool {"key": value, ...}}; arguments are name/value pairs, and an empty Optional value leaves its pair
     * out.
     */
    String call(String tool, Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("arguments come in name/value pairs");
        }
        List<String> arguments = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value instanceof Optional<?> optional) {
                if (optional.isEmpty()) {
                    continue;
                }
                value = optional.get();
            }
            arguments.add(json((String) pairs[i]) + ": " + value(value));
        }
        instanceName.ifPresent(name -> arguments.add("\"instance_name\": " + json(name)));
        return tool + " {" + String.join(", ", arguments) + "}";
    }

    private static String value(Object value) {
        return switch (value) {
            case String text -> json(text);
            case Integer number -> number.toString();
            case Boolean flag -> flag.toString();
            case Placeholder(String text) -> "<" + text + ">";
            case List<?> list -> list.stream().map(ToolCalls::value).collect(Collectors.joining(", ", "[", "]"));
            case SequencedMap<?, ?> object -> object.entrySet().stream()
                    .map(member -> json((String) member.getKey()) + ": " + value(member.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
            default -> throw new IllegalArgumentException("no JSON form for " + value.getClass().getSimpleName());
        };
    }

    static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
