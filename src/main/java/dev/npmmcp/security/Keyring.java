package dev.npmmcp.security;

import java.util.Objects;
import java.util.Optional;

/** Resolves and stores {@code keyring:SERVICE/ACCOUNT} secrets; thread-safe when its backend is. */
public final class Keyring {

    private final KeyringBackend backend;

    public Keyring(KeyringBackend backend) {
        this.backend = Objects.requireNonNull(backend, "backend");
    }

    /** The OS keyring. Opening it is deferred to first use, so a machine without one fails only if it needs one. */
    public static Keyring system() {
        return new Keyring(KeyringBackend.system());
    }

    /** The entry if it exists; {@link KeyringException} when there is no usable keyring. */
    public Optional<String> lookup(KeyringReference reference) {
        return backend.get(reference.service(), reference.account());
    }

    /**
     * The secret a {@code keyring:SERVICE/ACCOUNT} reference names; {@link KeyringException} when the keyring or the
     * entry is missing, {@link IllegalArgumentException} for a malformed reference.
     */
    public String resolve(String reference) {
        KeyringReference parsed = KeyringReference.parse(reference);
        return lookup(parsed).orElseThrow(() -> new KeyringException("The OS keyring has no entry for " + parsed
                + " (or refused to read it). Store the secret there under service '" + parsed.service()
                + "' and account '" + parsed.account() + "', or use a ${VAR} reference or a file only you can"
                + " read (chmod 600) instead."));
    }

    public void store(KeyringReference reference, String secret) {
        Objects.requireNonNull(secret, "secret");
        backend.set(reference.service(), reference.account(), secret);
    }
}
