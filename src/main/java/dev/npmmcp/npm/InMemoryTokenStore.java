package dev.npmmcp.npm;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryTokenStore implements TokenStore {

    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();

    @Override
    public Optional<CachedToken> load(String instanceName) {
        return Optional.ofNullable(tokens.get(instanceName));
    }

    @Override
    public void save(String instanceName, CachedToken token) {
        tokens.put(instanceName, token);
    }

    @Override
    public void remove(String instanceName) {
        tokens.remove(instanceName);
    }
}
