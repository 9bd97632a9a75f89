package dev.npmmcp.security;

import java.util.Optional;

/**
 * The OS keyring as {@link Keyring} needs it. Kept this small so tests, and machines without a keyring, can stand in
 * for the native one. Implementations throw {@link KeyringException} when the keyring itself is unusable.
 */
public interface KeyringBackend {

    /** The secret stored for service and account; empty when there is no such entry. */
    Optional<String> get(String service, String account);

    void set(String service, String account, String secret);

    /**
     * Secret Service on Linux, Keychain on macOS, Credential Manager on Windows (through java-keyring), opened per
     * call: secrets are read a few times at start, and an open D-Bus connection would outlive its use.
     */
    static KeyringBackend system() {
        return new JavaKeyringBackend(com.github.javakeyring.Keyring::create);
    }

    /** A keyring in this process's memory: for tests, and for entries that must not outlive the process. */
    static KeyringBackend inMemory() {
        return new InMemoryKeyringBackend();
    }
}
