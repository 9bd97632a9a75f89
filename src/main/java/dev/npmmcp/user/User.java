package dev.npmmcp.user;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An NPM user; {@code permissions} only when expanded (and NPM may answer null for a user created half-way). */
public record User(
        int id,
        String createdOn,
        String modifiedOn,
        boolean isDisabled,
        String email,
        String name,
        String nickname,
        String avatar,
        List<String> roles,
        Optional<UserPermissions> permissions) {

    public User {
        createdOn = Objects.requireNonNullElse(createdOn, "");
        modifiedOn = Objects.requireNonNullElse(modifiedOn, "");
        email = Objects.requireNonNullElse(email, "");
        name = Objects.requireNonNullElse(name, "");
        nickname = Objects.requireNonNullElse(nickname, "");
        avatar = Objects.requireNonNullElse(avatar, "");
        roles = roles == null ? List.of() : List.copyOf(roles);
        permissions = Objects.requireNonNullElse(permissions, Optional.empty());
    }

    @JsonIgnore
    public boolean isAdmin() {
        return roles.contains("admin");
    }
}
