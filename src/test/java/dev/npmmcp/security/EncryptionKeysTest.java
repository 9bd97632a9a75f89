package dev.npmmcp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.javakeyring.BackendNotSupportedException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionKeysTest {

    @TempDir
    Path tmp;

    private final Keyring emptyKeyring = new Keyring(KeyringBackend.inMemory());

    @Test
    void shouldPreferTheEnvironmentVariable() throws IOException {
        String key = EncryptionKeys.generateKey();
        Keyring keyring = new Keyring(KeyringBackend.inMemory());
        keyring.store(EncryptionKeys.KEYRING_ENTRY, EncryptionKeys.generateKey());

        EncryptionKeys.ResolvedKey resolved =
                new EncryptionKeys(Map.of(EncryptionKeys.ENV_VAR, key), keyring, keyFile()).resolve();

        assertThat(resolved.origin()).contains(EncryptionKeys.ENV_VAR).doesNotContain(key);
        assertOpens(resolved, Fernet.withKey(key));
        assertThat(keyFile()).doesNotExist();
    }

    @Test
    void shouldUseTheKeyringEntryWhenNoVariableIsSet() throws IOException {
        String key = EncryptionKeys.generateKey();
        Keyring keyring = new Keyring(KeyringBackend.inMemory());
        keyring.store(new KeyringReference("npm-mcp", "token-cache-key"), key);

        EncryptionKeys.ResolvedKey resolved = new EncryptionKeys(Map.of(), keyring, keyFile()).resolve();

        assertThat(resolved.origin()).contains("keyring:npm-mcp/token-cache-key");
        assertOpens(resolved, Fernet.withKey(key));
        assertThat(keyFile()).doesNotExist();
    }

    @Test
    void shouldCreateAPrivateKeyFileOnFirstUseAndReuseIt() throws IOException {
        EncryptionKeys keys = new EncryptionKeys(Map.of(EncryptionKeys.ENV_VAR, " "), emptyKeyring, keyFile());

        EncryptionKeys.ResolvedKey first = keys.resolve();
        EncryptionKeys.ResolvedKey second = keys.resolve();

        assertThat(first.origin()).contains(keyFile().toString());
        assertOpens(first, second.fernet());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile().getParent())))
                .isEqualTo("rwx------");
        assertOpens(first, Fernet.withKey(Files.readString(keyFile())));
    }

    @Test
    void shouldFallBackToTheKeyFileWhenNoKeyringExists() throws IOException {
        Keyring headless = new Keyring(new JavaKeyringBackend(() -> {
            throw new BackendNotSupportedException("No available keyring backend found");
        }));

        EncryptionKeys.ResolvedKey resolved = new EncryptionKeys(Map.of(), headless, keyFile()).resolve();

        assertThat(resolved.origin()).startsWith("key file");
        assertThat(keyFile()).exists();
    }

    @Test
    void shouldRefuseAMalformedConfiguredKeyWithoutEchoingIt() {
        String typo = EncryptionKeys.generateKey().substring(0, 40);
        EncryptionKeys keys = new EncryptionKeys(Map.of(EncryptionKeys.ENV_VAR, typo), emptyKeyring, keyFile());

        assertThatThrownBy(keys::resolve)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(EncryptionKeys.ENV_VAR)
                .hasMessageNotContaining(typo);
    }

    @Test
    void shouldRefuseAMalformedKeyFileRatherThanOverwriteIt() throws IOException {
        Files.createDirectories(keyFile().getParent());
        Files.writeString(keyFile(), "not a key");

        assertThatThrownBy(() -> new EncryptionKeys(Map.of(), emptyKeyring, keyFile()).resolve())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(keyFile().toString());
        assertThat(keyFile()).hasContent("not a key");
    }

    private Path keyFile() {
        return tmp.resolve("config/npm-mcp/token-cache.key");
    }

    private static void assertOpens(EncryptionKeys.ResolvedKey resolved, Fernet other) {
        String token = resolved.fernet().encrypt("probe".getBytes(StandardCharsets.UTF_8));
        assertThat(other.decrypt(token, Optional.empty())).asString(StandardCharsets.UTF_8).isEqualTo("probe");
    }
}
