package dev.npmmcp.cli;

import dev.npmmcp.instance.InstanceSettings;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.EncryptionKeys;
import dev.npmmcp.security.Keyring;
import java.nio.file.Path;
import java.util.Map;

/** Where {@code serve} keeps NPM's login tokens, as the settings say. */
final class TokenCaches {

    /** The key made on first use when neither the environment nor the keyring has one: inside the cache directory. */
    static final String KEY_FILE = "token-cache.key";

    private TokenCaches() {}

    /**
     * The encrypted cache in {@code token_cache_dir}, or memory only with {@code cache_tokens: false}. A mistyped
     * {@value EncryptionKeys#ENV_VAR} is refused here with {@link IllegalStateException}; the keyring and the key file
     * are left to the first login so start-up stays quick.
     */
    static TokenStore forSettings(InstanceSettings settings, Map<String, String> env, Keyring keyring) {
        if (!settings.cacheTokens()) {
            return TokenStore.inMemory();
        }
        Path directory = settings.tokenCacheDir();
        EncryptionKeys keys = new EncryptionKeys(env, keyring, directory.resolve(KEY_FILE));
        keys.checkEnvironment();
        return TokenStore.encrypted(directory, keys);
    }
}
