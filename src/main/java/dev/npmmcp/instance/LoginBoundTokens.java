package dev.npmmcp.instance;

import dev.npmmcp.npm.CachedToken;
import dev.npmmcp.npm.TokenStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One instance's view of the token store in which a token counts only for the login that obtained it. Credentials are
 * mostly rotated by editing the instances file, the variable or the keyring entry between runs, which the registry
 * never sees as a change; without this, the next start would keep using (and refreshing) the old login's token.
 *
 * <p>Beside each token it saves a digest of the address and credentials as a second entry, encrypted like the token
 * when the store is the encrypted cache; a token whose digest is missing or differs is dropped, not used.
 */
final class LoginBoundTokens implements TokenStore {

    /** Instance names cannot contain '#', so this entry never collides with another instance's token. */
    private static final String LOGIN_SUFFIX = "#login";

    private final TokenStore store;
    private final String login;

    private LoginBoundTokens(TokenStore store, String login) {
        this.store = store;
        this.login = login;
    }

    /** @param spec the instance with its secrets resolved */
    static TokenStore of(TokenStore store, InstanceSpec spec) {
        return new LoginBoundTokens(store, digest(spec));
    }

    @Override
    public Optional<CachedToken> load(String instanceName) {
        Optional<CachedToken> token = store.load(instanceName);
        if (token.isEmpty()) {
            return token;
        }
        boolean sameLogin = store.load(instanceName + LOGIN_SUFFIX).map(CachedToken::token)
                .filter(login::equals).isPresent();
        if (!sameLogin) {
            remove(instanceName);
            return Optional.empty();
        }
        return token;
    }

    @Override
    public void save(String instanceName, CachedToken token) {
        store.save(instanceName + LOGIN_SUFFIX, new CachedToken(login, token.expires()));
        store.save(instanceName, token);
    }

    @Override
    public void remove(String instanceName) {
        forget(store, instanceName);
    }

    /** Drops an instance's token and its login digest from the shared store (credentials changed, instance gone). */
    static void forget(TokenStore store, String instanceName) {
        store.remove(instanceName);
        store.remove(instanceName + LOGIN_SUFFIX);
    }

    private static String digest(InstanceSpec spec) {
        String login = String.join("\u0000", spec.baseUri().toString(), spec.username().orElse(""),
                spec.password().orElse(""), spec.apiToken().orElse(""), spec.totpSecret().orElse(""));
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(login.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
