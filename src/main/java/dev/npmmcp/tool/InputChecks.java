package dev.npmmcp.tool;

import java.util.List;
import java.util.Optional;

/**
 * The checks many tool inputs make, run in their records' constructors. Each refuses with a sentence that names the
 * parameter and what it takes; binding turns it into the tool's "Invalid arguments" answer.
 */
public final class InputChecks {

    private InputChecks() {}

    /** An object's id: 1 or more. */
    public static void id(String name, Optional<Integer> id) {
        id.filter(value -> value < 1).ifPresent(value -> {
            throw new IllegalArgumentException(name + " must be 1 or more, was " + value);
        });
    }

    /** A reference to another object, such as a certificate: its id, or 0 for none. */
    public static void reference(String name, Optional<Integer> id) {
        id.filter(value -> value < 0).ifPresent(value -> {
            throw new IllegalArgumentException(name + " must be an id, or 0 for none; was " + value);
        });
    }

    public static void port(String name, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 1 and 65535, was " + port);
        }
    }

    /** Domain names: at least one, none blank. */
    public static void domains(Optional<List<String>> names) {
        names.filter(list -> list.isEmpty() || list.stream().anyMatch(String::isBlank)).ifPresent(list -> {
            throw new IllegalArgumentException("domain_names needs at least one domain and no blank ones");
        });
    }

    public static void notBlank(String name, Optional<String> value) {
        value.filter(String::isBlank).ifPresent(blank -> {
            throw new IllegalArgumentException(name + " must not be empty");
        });
    }
}
