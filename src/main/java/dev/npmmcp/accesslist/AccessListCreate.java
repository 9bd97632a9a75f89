package dev.npmmcp.accesslist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A new access list. {@code items} and {@code clients} are always sent, empty when there are none: NPM answers 500
 * when they are missing.
 */
public record AccessListCreate(
        String name,
        Optional<Boolean> satisfyAny,
        Optional<Boolean> passAuth,
        List<AccessListUser> items,
        List<AccessListRule> clients) {

    public AccessListCreate {
        Objects.requireNonNull(name, "name");
        satisfyAny = Objects.requireNonNullElse(satisfyAny, Optional.empty());
        passAuth = Objects.requireNonNullElse(passAuth, Optional.empty());
        items = items == null ? List.of() : List.copyOf(items);
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    public static AccessListCreate of(String name, List<AccessListUser> items, List<AccessListRule> clients) {
        return new AccessListCreate(name, Optional.empty(), Optional.empty(), items, clients);
    }
}
