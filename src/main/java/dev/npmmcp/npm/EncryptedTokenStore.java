package dev.npmmcp.npm;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.npmmcp.security.EncryptedFileStore;
import dev.npmmcp.security.EncryptionKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens kept between runs: one Fernet-encrypted file per instance ({@link EncryptedFileStore}), with the tokens of
 * this run also held in memory so a request does not decrypt a file. The key is found on first use rather than when
 * the store is made, so starting the server never waits on the OS keyring. Whatever goes wrong on disk (no usable
 * key, a file modified, damaged or written with another key, a full disk) costs a fresh login and a WARN, never a
 * failed call.
 */
final class EncryptedTokenStore implements TokenStore {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptedTokenStore.class);

    private final Path directory;
    private final EncryptionKeys keys;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final Map<String, CachedToken> memory = new ConcurrentHashMap<>();
    private final Object keyLock = new Object();
    /** Both guarded by keyLock: the key is looked for once per run, successful or not. */
    private boolean keyLookedFor;
    private Optional<EncryptedFileStore> files = Optional.empty();

    EncryptedTokenStore(Path directory, EncryptionKeys keys) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    @Override
    public Optional<CachedToken> load(String instanceName) {
        CachedToken known = memory.get(instanceName);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<CachedToken> stored = files().flatMap(f -> f.load(instanceName)).flatMap(b -> decode(instanceName, b));
        stored.ifPresent(token -> memory.put(instanceName, token));
        return stored;
    }

    @Override
    public void save(String instanceName, CachedToken token) {
        memory.put(instanceName, token);
        files().ifPresent(f -> {
            try {
                f.save(instanceName, encode(token));
            } catch (IOException | RuntimeException e) {
                LOG.warn("the token of NPM instance '{}' is kept in memory only: it cannot be saved in {} ({})",
                        instanceName, directory, e.toString());
            }
        });
    }

    @Override
    public void remove(String instanceName) {
        memory.remove(instanceName);
        try {
            EncryptedFileStore.delete(directory, instanceName);
        } catch (IOException e) {
            LOG.warn("the cached token of NPM instance '{}' could not be deleted from {} ({}); delete the file by hand"
                    + " if the instance's credentials changed", instanceName, directory, e.toString());
        }
    }

    private Optional<EncryptedFileStore> files() {
        synchronized (keyLock) {
            if (!keyLookedFor) {
                keyLookedFor = true;
                files = open();
            }
            return files;
        }
    }

    private Optional<EncryptedFileStore> open() {
        try {
            EncryptionKeys.ResolvedKey key = keys.resolve();
            LOG.debug("token cache in {}, key from {}", directory, key.origin());
            return Optional.of(new EncryptedFileStore(directory, key.fernet()));
        } catch (IOException | RuntimeException e) {
            // a keyring library failing in an unforeseen way must not take the server down either
            LOG.warn("NPM tokens are not cached on disk in this run: no usable token cache key ({}); they are kept in"
                    + " memory and each start logs in again", e.getMessage());
            return Optional.empty();
        }
    }

    private byte[] encode(CachedToken token) throws JacksonException {
        ObjectNode node = json.createObjectNode();
        node.put("token", token.token());
        node.put("expires", token.expires().toString());
        return json.writeValueAsBytes(node);
    }

    private Optional<CachedToken> decode(String instanceName, byte[] content) {
        try {
            JsonNode node = json.readTree(content);
            String token = node.path("token").asText("");
            if (!token.isEmpty()) {
                return Optional.of(new CachedToken(token, Instant.parse(node.path("expires").asText(""))));
            }
        } catch (IOException | DateTimeParseException e) {
            // reported below; the content may be a token, so it is not quoted
        }
        LOG.warn("ignoring the cached token of NPM instance '{}' in {}: it decrypts but is not a token record",
                instanceName, directory);
        return Optional.empty();
    }
}
