package dev.npmmcp.npm;

import java.util.List;
import java.util.Objects;

/** The user an object belongs to, as NPM expands {@code owner} (or {@code user} on audit events). */
public record NpmOwner(int id, String email, String name, String nickname, boolean isDisabled, List<String> roles) {

    public NpmOwner {
        email = Objects.requireNonNullElse(email, "");
        name = Objects.requireNonNullElse(name, "");
        nickname = Objects.requireNonNullElse(nickname, "");
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
