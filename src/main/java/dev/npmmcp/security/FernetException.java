package dev.npmmcp.security;

/**
 * A Fernet token was refused: malformed, signed with another key, modified, expired or from the future. The message
 * names the reason only, never the token or the key.
 */
public final class FernetException extends RuntimeException {

    FernetException(String reason) {
        super(reason);
    }
}
