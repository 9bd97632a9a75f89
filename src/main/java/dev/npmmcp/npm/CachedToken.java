package dev.npmmcp.npm;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** An NPM bearer token and when NPM says it expires. {@code toString} never shows the token. */
public record CachedToken(String token, Instant expires) {

    public CachedToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expires, "expires");
    }

    boolean expiresWithin(Duration margin, Instant now) {
        return !now.plus(margin).isBefore(expires);
    }

    boolean expiredAt(Instant now) {
        return !now.isBefore(expires);
    }

    @Override
    public String toString() {
        return "CachedToken[token=***, expires=" + expires + "]";
    }
}
