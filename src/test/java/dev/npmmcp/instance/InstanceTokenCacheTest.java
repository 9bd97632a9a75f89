package dev.npmmcp.instance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.EncryptionKeys;
import dev.npmmcp.security.Fernet;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringBackend;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.simulator.NpmSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encrypted token cache behind the registry: kept across restarts, dropped when credentials change. */
class InstanceTokenCacheTest {

    private static final String ADMIN = "admin@example.com";
    private static final String PASSWORD = "changeme123";

    @TempDir
    Path home;

    private final String key = Fernet.generateKey();
    private NpmSimulator sim;
    private Path file;
    private InstanceRegistry registry;

    @BeforeEach
    void start() throws IOException {
        sim = NpmSimulator.builder().admin(ADMIN, PASSWORD).start();
        file = home.resolve("instances.yaml");
        Files.writeString(file, """
                instances:
                  - name: sim
                    host: 127.0.0.1
                    port: %d
                    username: %s
                    password: %s
                """.formatted(sim.baseUri().getPort(), ADMIN, PASSWORD));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    @AfterEach
    void stop() {
        if (registry != null) {
            registry.close();
        }
        sim.close();
    }

    /** A registry as {@code serve} opens one; opening another stands for a restart. */
    private InstanceRegistry restart() {
        if (registry != null) {
            registry.close();
        }
        InstanceConfigLoader loader = new InstanceConfigLoader(Map.of(), home);
        InstanceConfig config = loader.load(Optional.of(file));
        Keyring keyring = new Keyring(KeyringBackend.inMemory());
        TokenStore tokens = TokenStore.encrypted(config.settings().tokenCacheDir(), new EncryptionKeys(
                Map.of(EncryptionKeys.ENV_VAR, key), keyring, config.settings().tokenCacheDir().resolve("k")));
        registry = InstanceRegistry.open(config, loader, tokens, new Redactor(), keyring);
        return registry;
    }

    private void call() {
        assertThat(registry.resolve(Optional.of("sim")).client().send(NpmRequest.get("getUser", "/users/me"))
                .path("email").asText()).isEqualTo(ADMIN);
    }

    private Path cached() {
        return home.resolve(".npm-mcp").resolve("tokens").resolve("sim.fernet");
    }

    @Test
    void shouldKeepTheLoginAcrossRestartsInTheDefaultCacheDirectory() {
        restart();
        call();
        restart();
        call();

        assertThat(cached()).exists();
        assertThat(sim.requestCount("requestToken")).isEqualTo(1);
    }

    @Test
    void shouldLogInAfreshAfterARestartWhenTheCacheFileWasTampered() throws IOException {
        restart();
        call();
        Files.writeString(cached(), Files.readString(cached()).replace('A', 'B'));

        restart();
        call();

        assertThat(sim.requestCount("requestToken")).isEqualTo(2);
    }

    @Test
    void shouldDropTheCachedFileWhenCredentialsAreRotated() {
        restart();
        call();
        assertThat(cached()).exists();

        new ToolHarness(registry).call("npm_update_instance_credentials",
                Map.of("instance_name", "sim", "new_password", PASSWORD));

        assertThat(cached()).doesNotExist();
        int logins = sim.requestCount("requestToken");
        call();
        assertThat(sim.requestCount("requestToken")).isEqualTo(logins + 1);
        assertThat(cached()).exists();
    }

    @Test
    void shouldDropTheCachedFileWhenTheInstanceIsDeleted() {
        restart();
        call();

        new ToolHarness(registry).call("npm_manage_instance", Map.of("operation", "delete", "instance_name", "sim"));

        assertThat(cached()).doesNotExist();
    }

    @Test
    void shouldLogInAfreshWhenTheFileWasEditedToAnotherLoginBetweenRuns() throws IOException {
        restart();
        call();
        // same NPM, reached under another name: a login the cached token was not issued for
        Files.writeString(file, Files.readString(file).replace("host: 127.0.0.1", "host: localhost"));

        restart();
        call();

        assertThat(sim.requestCount("requestToken")).isEqualTo(2);
    }
}
