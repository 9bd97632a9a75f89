package dev.npmmcp.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the key that encrypts the token cache: {@value #ENV_VAR} if set, else the OS keyring entry
 * {@code npm-mcp/token-cache-key}, else a key file, made on first use (0600 in a 0700 directory). Losing the key
 * only costs a fresh login, so an unusable keyring quietly falls back to the file.
 */
public final class EncryptionKeys {

    public static final String ENV_VAR = "NPM_MCP_ENCRYPTION_KEY";
    public static final KeyringReference KEYRING_ENTRY = new KeyringReference("npm-mcp", "token-cache-key");

    private static final Logger LOG = LoggerFactory.getLogger(EncryptionKeys.class);

    /** The key, ready to use, and where it came from (for diagnostics; never the key itself). */
    public record ResolvedKey(Fernet fernet, String origin) {}

    private final Map<String, String> env;
    private final Keyring keyring;
    private final Path keyFile;

    public EncryptionKeys(Map<String, String> env, Keyring keyring, Path keyFile) {
        this.env = Map.copyOf(env);
        this.keyring = Objects.requireNonNull(keyring, "keyring");
        this.keyFile = Objects.requireNonNull(keyFile, "keyFile");
    }

    /** A new random key for {@value #ENV_VAR}, the keyring or a key file (what {@code npm-mcp keygen} prints). */
    public static String generateKey() {
        return Fernet.generateKey();
    }

    /**
     * Checks {@value #ENV_VAR} alone, touching neither keyring nor disk, so a server can refuse a mistyped key at
     * start while leaving the slower sources to first use. {@link IllegalStateException} when it is not a Fernet key.
     */
    public void checkEnvironment() {
        String fromEnv = env.getOrDefault(ENV_VAR, "");
        if (!fromEnv.isBlank()) {
            parse(fromEnv, "environment variable " + ENV_VAR);
        }
    }

    /**
     * Throws {@link IllegalStateException} when a configured key is not a Fernet key (a typo should not silently
     * start a new cache), {@link IOException} when the key file can be neither read nor created.
     */
    public ResolvedKey resolve() throws IOException {
        String fromEnv = env.getOrDefault(ENV_VAR, "");
        if (!fromEnv.isBlank()) {
            return parse(fromEnv, "environment variable " + ENV_VAR);
        }
        Optional<String> fromKeyring = fromKeyring();
        if (fromKeyring.isPresent()) {
            return parse(fromKeyring.get(), "OS keyring entry " + KEYRING_ENTRY);
        }
        return fromFile();
    }

    private Optional<String> fromKeyring() {
        try {
            return keyring.lookup(KEYRING_ENTRY);
        } catch (KeyringException e) {
            LOG.debug("no token cache key from the OS keyring, using {}: {}", keyFile, e.getMessage());
            return Optional.empty();
        }
    }

    private ResolvedKey fromFile() throws IOException {
        String origin = "key file " + keyFile;
        try {
            String existing = Files.readString(keyFile, StandardCharsets.US_ASCII);
            if (SecureFiles.isReadableByOthers(keyFile)) {
                LOG.warn("{} can be read by other users; restrict it with: chmod 600 {}", origin, keyFile);
            }
            return parse(existing, origin);
        } catch (NoSuchFileException e) {
            Path dir = keyFile.toAbsolutePath().getParent();
            SecureFiles.ensurePrivateDir(dir);
            String key = Fernet.generateKey();
            if (SecureFiles.createAtomically(keyFile, (key + "\n").getBytes(StandardCharsets.US_ASCII))) {
                LOG.info("created the token cache key in {}", keyFile);
                return parse(key, origin);
            }
            // another npm-mcp process created it first: use theirs, so both can read the cache
            return parse(Files.readString(keyFile, StandardCharsets.US_ASCII), origin);
        }
    }

    private static ResolvedKey parse(String key, String origin) {
        try {
            return new ResolvedKey(Fernet.withKey(key), origin);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The token cache key from " + origin + " is " + e.getMessage()
                    + "; fix or remove it (a new key only means logging in again)", e);
        }
    }
}
