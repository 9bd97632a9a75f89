package dev.npmmcp.bulk.config;

import java.util.Objects;
import java.util.Optional;

/**
 * A basic-auth user. NPM never returns passwords, so an export leaves {@code password} out; whoever imports the
 * document may fill it in for users the target does not have yet. {@code toString} hides it.
 */
public record AccessListItemEntry(String username, Optional<String> password) {

    public AccessListItemEntry {
        username = Entries.require(username, "username", "basic-auth user");
        password = Objects.requireNonNullElse(password, Optional.<String>empty()).filter(p -> !p.isEmpty());
    }

    public static AccessListItemEntry withoutPassword(String username) {
        return new AccessListItemEntry(username, Optional.empty());
    }

    @Override
    public String toString() {
        return "AccessListItemEntry[username=" + username + ", password=" + (password.isPresent() ? "***" : "(none)")
                + "]";
    }
}
