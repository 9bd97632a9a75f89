package dev.npmmcp.npm;

import java.util.Objects;
import java.util.Optional;

/** How npm-mcp proves who it is to NPM. {@code toString} never shows a secret. */
public sealed interface NpmCredentials {

    /**
     * Identity and secret for {@code POST /tokens}; with a base32 TOTP secret when the account has 2FA on.
     */
    record Password(String identity, String secret, Optional<String> totpSecret) implements NpmCredentials {
        public Password {
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(totpSecret, "totpSecret");
        }

        public Password(String identity, String secret) {
            this(identity, secret, Optional.empty());
        }

        @Override
        public String toString() {
            return "Password[identity=" + identity + ", secret=***, totpSecret="
                    + (totpSecret.isPresent() ? "***" : "none") + "]";
        }
    }

    /** A token issued beforehand (for example by {@code GET /tokens}); it cannot be renewed by logging in again. */
    record ApiToken(String token) implements NpmCredentials {
        public ApiToken {
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String toString() {
            return "ApiToken[***]";
        }
    }
}
