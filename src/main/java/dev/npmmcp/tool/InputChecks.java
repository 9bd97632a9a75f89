package dev.npmmcp.tool;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks many tool inputs make, run in their records' constructors. Each refuses with a sentence that names the
 * parameter and what it takes; binding turns it into the tool's "Invalid arguments" answer.
 */
public final class InputChecks {

    /** The characters NPM's schema refuses in a domain name. */
    private static final Pattern NOT_IN_A_DOMAIN = Pattern.compile("[&| @!#%^();:/\\\\}{=+?<>,~`'\"]");

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

    /**
     * Domain names: at least one, none blank, and none with a character NPM's schema refuses in a name (its pattern
     * for {@code domain_names} items), such as the comma or space of several names passed as one.
     */
    public static void domains(Optional<List<String>> names) {
        names.filter(list -> list.isEmpty() || list.stream().anyMatch(String::isBlank)).ifPresent(list -> {
            throw new IllegalArgumentException("domain_names needs at least one domain and no blank ones");
        });
        names.flatMap(list -> list.stream().filter(name -> NOT_IN_A_DOMAIN.matcher(name.strip()).find()).findFirst())
                .ifPresent(name -> {
                    throw new IllegalArgumentException("domain_names item '" + name + "' is not one domain name;"
                            + " pass each name as its own item, e.g. [\"example.com\", \"www.example.com\"]");
                });
    }

    public static void notBlank(String name, Optional<String> value) {
        value.filter(String::isBlank).ifPresent(blank -> {
            throw new IllegalArgumentException(name + " must not be empty");
        });
    }
}
