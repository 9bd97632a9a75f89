package dev.npmmcp.security;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

final class InMemoryKeyringBackend implements KeyringBackend {

    private final Map<KeyringReference, String> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String service, String account) {
        return Optional.ofNullable(entries.get(new KeyringReference(service, account)));
    }

    @Override
    public void set(String service, String account, String secret) {
        entries.put(new KeyringReference(service, account), secret);
    }
}
