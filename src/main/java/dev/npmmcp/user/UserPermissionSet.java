package dev.npmmcp.user;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.npm.PartialUpdate;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A user's permissions as the tools take and show them, and as {@code PUT /users/{id}/permissions} takes them: a field
 * left out is not changed.
 */
public record UserPermissionSet(
        @JsonPropertyDescription("all: every user's objects; user: own") Optional<Visibility> visibility,
        Optional<Level> proxyHosts,
        Optional<Level> redirectionHosts,
        Optional<Level> deadHosts,
        Optional<Level> streams,
        Optional<Level> accessLists,
        Optional<Level> certificates) implements PartialUpdate {

    public enum Visibility {
        @JsonProperty("all")
        ALL,
        @JsonProperty("user")
        USER
    }

    public enum Level {
        @JsonProperty("hidden")
        HIDDEN,
        @JsonProperty("view")
        VIEW,
        @JsonProperty("manage")
        MANAGE
    }

    static UserPermissionSet of(UserPermissions permissions) {
        return new UserPermissionSet(parse(Visibility.class, permissions.visibility()),
                parse(Level.class, permissions.proxyHosts()), parse(Level.class, permissions.redirectionHosts()),
                parse(Level.class, permissions.deadHosts()), parse(Level.class, permissions.streams()),
                parse(Level.class, permissions.accessLists()), parse(Level.class, permissions.certificates()));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String wire) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> wire(e).equals(wire)).findFirst();
    }

    private static String wire(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    @JsonIgnore
    public boolean isEmpty() {
        return Stream.of(visibility, proxyHosts, redirectionHosts, deadHosts, streams, accessLists, certificates)
                .allMatch(Optional::isEmpty);
    }
}
