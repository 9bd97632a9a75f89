package dev.npmmcp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javakeyring.BackendNotSupportedException;
import org.junit.jupiter.api.Test;

class KeyringTest {

    @Test
    void shouldResolveAStoredSecretByReference() {
        Keyring keyring = new Keyring(KeyringBackend.inMemory());
        keyring.store(new KeyringReference("npm-mcp", "admin@example.com/home"), "changeme123");

        assertThat(keyring.resolve("keyring:npm-mcp/admin@example.com/home")).isEqualTo("changeme123");
    }

    @Test
    void shouldSayWhatToDoWhenTheEntryIsMissing() {
        Keyring keyring = new Keyring(KeyringBackend.inMemory());

        assertThatThrownBy(() -> keyring.resolve("keyring:npm-mcp/office"))
                .isInstanceOf(KeyringException.class)
                .hasMessageContaining("keyring:npm-mcp/office")
                .hasMessageContaining("${VAR}")
                .hasMessageContaining("chmod 600");
    }

    @Test
    void shouldRefuseMalformedReferences() {
        Keyring keyring = new Keyring(KeyringBackend.inMemory());

        assertThatThrownBy(() -> keyring.resolve("keyring:only-service")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keyring.resolve("keyring:/account")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keyring.resolve("${NPM_PASSWORD}")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldParseAndPrintReferences() {
        KeyringReference reference = KeyringReference.parse("keyring:npm-mcp/token-cache-key");

        assertThat(reference).isEqualTo(new KeyringReference("npm-mcp", "token-cache-key"));
        assertThat(reference).hasToString("keyring:npm-mcp/token-cache-key");
        assertThat(KeyringReference.isReference("keyring:a/b")).isTrue();
        assertThat(KeyringReference.isReference("changeme")).isFalse();
    }

    @Test
    void shouldExplainWhatToUseInsteadWhenNoKeyringBackendExists() {
        Keyring headless = new Keyring(new JavaKeyringBackend(() -> {
            throw new BackendNotSupportedException("No available keyring backend found");
        }));

        assertThatThrownBy(() -> headless.resolve("keyring:npm-mcp/home"))
                .isInstanceOf(KeyringException.class)
                .hasMessageContaining("No OS keyring is available")
                .hasMessageContaining("${VAR}")
                .hasMessageContaining("chmod 600")
                .hasCauseInstanceOf(BackendNotSupportedException.class);
        assertThatThrownBy(() -> headless.store(new KeyringReference("npm-mcp", "home"), "changeme123"))
                .isInstanceOf(KeyringException.class)
                .hasMessageContaining("No OS keyring is available")
                .hasMessageNotContaining("changeme123");
    }

    @Test
    void shouldTreatANativeBridgeThatCannotLoadAsNoKeyring() {
        Keyring broken = new Keyring(new JavaKeyringBackend(() -> {
            throw new UnsatisfiedLinkError("Unable to load library 'c'");
        }));

        assertThatThrownBy(() -> broken.resolve("keyring:npm-mcp/home"))
                .isInstanceOf(KeyringException.class)
                .hasMessageContaining("No OS keyring is available")
                .hasCauseInstanceOf(UnsatisfiedLinkError.class);
    }
}
