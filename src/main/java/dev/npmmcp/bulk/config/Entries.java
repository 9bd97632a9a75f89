package dev.npmmcp.bulk.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Checks shared by the document's records: they run when a document is parsed, so a bad one fails early. */
final class Entries {

    private Entries() {}

    static List<String> requireDomains(List<String> domains, String what) {
        if (domains == null || domains.isEmpty() || domains.stream().anyMatch(d -> d == null || d.isBlank())) {
            throw new IllegalArgumentException("a " + what + " needs domain_names (at least one, none blank)");
        }
        return ConfigEntry.normalizedDomains(domains);
    }

    static Optional<List<String>> optionalDomains(Optional<List<String>> domains, String what) {
        Optional<List<String>> present = Objects.requireNonNullElse(domains, Optional.empty());
        return present.map(list -> requireDomains(list, what + "'s certificate_domains"));
    }

    static String require(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a " + what + " needs " + field);
        }
        return value.strip();
    }

    static int port(int port, String field, String what) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a " + what + "'s " + field + " must be 1-65535, was " + port);
        }
        return port;
    }
}
