package dev.npmmcp.security;

/** The OS keyring could not give or take a secret; the message says why and what to use instead. */
public final class KeyringException extends RuntimeException {

    public KeyringException(String message) {
        super(message);
    }

    public KeyringException(String message, Throwable cause) {
        super(message, cause);
    }
}
