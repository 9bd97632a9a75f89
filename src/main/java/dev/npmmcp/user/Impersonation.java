package dev.npmmcp.user;

import dev.npmmcp.npm.CachedToken;
import java.util.Objects;

/** What "login as this user" answers: a token for that user. {@code toString} hides the token. */
public record Impersonation(CachedToken token, User user) {

    public Impersonation {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(user, "user");
    }
}
