package dev.npmmcp.npm;

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
}
