package dev.npmmcp.security;

import java.util.Objects;

/** Where a secret lives in the OS keyring, written {@code keyring:SERVICE/ACCOUNT} in configuration. */
public record KeyringReference(String service, String account) {

    public static final String PREFIX = "keyring:";

    public KeyringReference {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(account, "account");
        if (service.isBlank() || account.isBlank() || service.contains("/")) {
            throw new IllegalArgumentException(
                    "a keyring reference needs a service without '/' and an account, as keyring:SERVICE/ACCOUNT");
        }
    }

    public static boolean isReference(String value) {
        return value.startsWith(PREFIX);
    }

    /** Parses {@code keyring:SERVICE/ACCOUNT}; the account may itself contain '/' (the first one separates). */
    public static KeyringReference parse(String value) {
        if (!isReference(value)) {
            throw new IllegalArgumentException("not a keyring reference (keyring:SERVICE/ACCOUNT): " + value);
        }
        String rest = value.substring(PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("a keyring reference needs SERVICE/ACCOUNT after keyring: " + value);
        }
        return new KeyringReference(rest.substring(0, slash), rest.substring(slash + 1));
    }

    @Override
    public String toString() {
        return PREFIX + service + "/" + account;
    }
}
