package dev.npmmcp.instance;

import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringReference;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.security.SecureFiles;
import dev.npmmcp.tool.ToolFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Secrets configured as references: {@code keyring:SERVICE/ACCOUNT} (the OS keyring) or {@code file:PATH} (a file
 * only its owner can read, holding the secret). They are read when an instance's client is first made, not at start:
 * opening the keyring may take a D-Bus round trip or an unlock prompt, and an instance never used needs neither.
 */
final class SecretReferences {

    static final String FILE_PREFIX = "file:";

    private final Keyring keyring;
    private final Path home;
    private final Redactor redactor;

    SecretReferences(Keyring keyring, Path home, Redactor redactor) {
        this.keyring = keyring;
        this.home = home;
        this.redactor = redactor;
    }

    static boolean isReference(String value) {
        return KeyringReference.isReference(value) || value.startsWith(FILE_PREFIX);
    }

    /** What is wrong with a reference as written, found without reading anything; empty for plain values. */
    static Optional<String> problem(String field, String value) {
        if (KeyringReference.isReference(value)) {
            try {
                KeyringReference.parse(value);
            } catch (IllegalArgumentException e) {
                return Optional.of(field + " '" + value + "' is not a keyring reference: write keyring:SERVICE/ACCOUNT,"
                        + " e.g. keyring:npm-mcp/home");
            }
        } else if (value.startsWith(FILE_PREFIX)) {
            String path = value.substring(FILE_PREFIX.length());
            if (!path.startsWith("~/") && !Path.of(path).isAbsolute()) {
                return Optional.of(field + " '" + value + "' must name an absolute path (file:/etc/npm-mcp/home.secret)"
                        + " or one under your home (file:~/.npm-mcp/home.secret)");
            }
        }
        return Optional.empty();
    }

    /**
     * The spec with each referenced secret read; {@link ToolFailure} naming the instance, the field and the reference
     * when one cannot be read. What is read is registered with the redactor before it is used.
     */
    InstanceSpec resolve(InstanceSpec spec) {
        return spec.withCredentials(spec.username(),
                spec.password().map(v -> secret(spec.name(), InstanceEntry.PASSWORD, v)),
                spec.apiToken().map(v -> secret(spec.name(), InstanceEntry.API_TOKEN, v)),
                spec.totpSecret().map(v -> secret(spec.name(), InstanceEntry.TOTP_SECRET, v)));
    }

    private String secret(String instance, String field, String value) {
        String secret;
        if (KeyringReference.isReference(value)) {
            secret = fromKeyring(instance, field, value);
        } else if (value.startsWith(FILE_PREFIX)) {
            secret = fromFile(instance, field, value);
        } else {
            return value;
        }
        if (secret.length() >= Redactor.MIN_SECRET_LENGTH) {
            redactor.register(secret);
        }
        return secret;
    }

    private String fromKeyring(String instance, String field, String reference) {
        KeyringReference parsed;
        try {
            parsed = KeyringReference.parse(reference);
        } catch (IllegalArgumentException e) {
            throw failure(instance, field, reference, "it is not keyring:SERVICE/ACCOUNT");
        }
        try {
            return keyring.resolve(reference);
        } catch (RuntimeException e) {
            // KeyringException says what is missing; anything else comes from the native keyring library
            throw new ToolFailure("Instance '" + instance + "': its " + field + " " + reference + " cannot be read: "
                            + e.getMessage(),
                    "Ask the user to store it with: npm-mcp keyring set " + parsed.service() + "/" + parsed.account()
                            + " (where an OS keyring exists), or to replace the reference in the instances file with a"
                            + " ${VAR} reference or file:PATH naming a file only they can read (chmod 600).");
        }
    }

    private String fromFile(String instance, String field, String reference) {
        Path path = ConfigPaths.expandHome(reference.substring(FILE_PREFIX.length()), home);
        try {
            if (!Files.isRegularFile(path)) {
                throw failure(instance, field, reference, path + " does not exist or is not a file");
            }
            if (SecureFiles.isReadableByOthers(path)) {
                throw failure(instance, field, reference, path + " can be read by other users, so it is not used;"
                        + " restrict it with: chmod 600 " + path);
            }
            String content = Files.readString(path, StandardCharsets.UTF_8);
            String secret = content.endsWith("\r\n") ? content.substring(0, content.length() - 2)
                    : content.endsWith("\n") ? content.substring(0, content.length() - 1) : content;
            if (secret.isEmpty()) {
                throw failure(instance, field, reference, path + " is empty");
            }
            return secret;
        } catch (IOException e) {
            throw failure(instance, field, reference, path + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static ToolFailure failure(String instance, String field, String reference, String why) {
        return new ToolFailure("Instance '" + instance + "': its " + field + " " + reference + " cannot be used: " + why
                + ".", "Ask the user to fix the file or the reference in the instances file, then call again.");
    }
}
