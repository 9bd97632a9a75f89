package dev.npmmcp.user;

import java.util.Objects;

/** Password credentials sent with a new user ({@code auth: {type: password, secret}}). {@code toString} hides it. */
public record UserAuth(String type, String secret) {

    public UserAuth {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(secret, "secret");
    }

    public static UserAuth password(String secret) {
        return new UserAuth("password", secret);
    }

    @Override
    public String toString() {
        return "UserAuth[type=" + type + ", secret=***]";
    }
}
