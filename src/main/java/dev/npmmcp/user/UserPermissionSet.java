package dev.npmmcp.user;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.Arrays;
import java.util.Optional;

/** A user's permissions as the tools take and show them; a field left out is not changed. */
public record UserPermissionSet(
        @JsonPropertyDescription("all: every user's objects; user: their own") Optional<Visibility> visibility,
        Optional<Level> proxyHosts,
        Optional<Level> redirectionHosts,
        Optional<Level> deadHosts,
        Optional<Level> streams,
        Optional<Level> accessLists,
        Optional<Level> certificates) {

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

    @JsonIgnore
    boolean isEmpty() {
        return update().isEmpty();
    }

    PermissionsUpdate update() {
        return new PermissionsUpdate(visibility.map(UserPermissionSet::wire), proxyHosts.map(UserPermissionSet::wire),
                redirectionHosts.map(UserPermissionSet::wire), deadHosts.map(UserPermissionSet::wire),
                streams.map(UserPermissionSet::wire), accessLists.map(UserPermissionSet::wire),
                certificates.map(UserPermissionSet::wire));
    }
}
