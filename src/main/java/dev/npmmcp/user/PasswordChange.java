package dev.npmmcp.user;

import java.util.Objects;
import java.util.Optional;

/**
 * A new password for a user ({@code PUT /users/{id}/auth}); {@code current} is needed when changing one's own.
 * {@code toString} hides both.
 */
public record PasswordChange(String type, Optional<String> current, String secret) {

    public PasswordChange {
        Objects.requireNonNull(type, "type");
        current = Objects.requireNonNullElse(current, Optional.empty());
        Objects.requireNonNull(secret, "secret");
    }

    public static PasswordChange to(String newPassword) {
        return new PasswordChange("password", Optional.empty(), newPassword);
    }

    public static PasswordChange from(String currentPassword, String newPassword) {
        return new PasswordChange("password", Optional.of(currentPassword), newPassword);
    }

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
