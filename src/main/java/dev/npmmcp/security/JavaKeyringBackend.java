package dev.npmmcp.security;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link KeyringBackend} over java-keyring; the only class that touches the library. */
final class JavaKeyringBackend implements KeyringBackend {

    private static final Logger LOG = LoggerFactory.getLogger(JavaKeyringBackend.class);

    @FunctionalInterface
    interface Opener {
        com.github.javakeyring.Keyring open() throws BackendNotSupportedException;
    }

    private final Opener opener;

    JavaKeyringBackend(Opener opener) {
        this.opener = opener;
    }

    @Override
    public Optional<String> get(String service, String account) {
        com.github.javakeyring.Keyring keyring = open();
        try {
            return Optional.ofNullable(keyring.getPassword(service, account));
        } catch (PasswordAccessException e) {
            // every backend reports a missing entry this way, indistinguishable from a refused read
            LOG.debug("keyring has no readable entry {}/{}: {}", service, account, e.getMessage());
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            throw new KeyringException("The OS keyring failed to read " + service + "/" + account + ": " + e, e);
        } finally {
            close(keyring);
        }
    }

    @Override
    public void set(String service, String account, String secret) {
        com.github.javakeyring.Keyring keyring = open();
        try {
            keyring.setPassword(service, account, secret);
        } catch (PasswordAccessException | RuntimeException | LinkageError e) {
            throw new KeyringException("The OS keyring refused to store " + service + "/" + account + ": "
                    + e.getMessage() + ". Use a ${VAR} reference or a file only you can read (chmod 600) instead.", e);
        } finally {
            close(keyring);
        }
    }

    private static void close(com.github.javakeyring.Keyring keyring) {
        try {
            keyring.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the secret was already read or written; a failed disconnect changes nothing for the caller
            LOG.debug("closing the OS keyring failed: {}", e.toString());
        }
    }

    private com.github.javakeyring.Keyring open() {
        try {
            return opener.open();
        } catch (BackendNotSupportedException | LinkageError e) {
            // LinkageError: the native bridge (JNA) cannot load on this system, which means the same for the user
            throw new KeyringException("No OS keyring is available here (npm-mcp uses the Secret Service over D-Bus on"
                    + " Linux, the Keychain on macOS, the Credential Manager on Windows; headless servers and"
                    + " containers usually have none). Give the secret as a ${VAR} reference to an environment"
                    + " variable, or put it in a file only you can read (chmod 600) instead.", e);
        }
    }
}
