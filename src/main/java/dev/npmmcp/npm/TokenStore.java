package dev.npmmcp.npm;

import dev.npmmcp.security.EncryptionKeys;
import java.nio.file.Path;
import java.util.Optional;

/** Where tokens live between requests (and, for a file-backed store, between runs), keyed by instance name. */
public interface TokenStore {

    Optional<CachedToken> load(String instanceName);

    void save(String instanceName, CachedToken token);

    void remove(String instanceName);

    /** A store that forgets everything when the process ends. */
    static TokenStore inMemory() {
        return new InMemoryTokenStore();
    }

    /**
     * Tokens kept between runs, encrypted, one 0600 file per instance in {@code directory} (created 0700). The key is
     * looked up on first use; without a usable one, tokens are kept in memory for the run (with a warning).
     */
    static TokenStore encrypted(Path directory, EncryptionKeys keys) {
        return new EncryptedTokenStore(directory, keys);
    }
}
