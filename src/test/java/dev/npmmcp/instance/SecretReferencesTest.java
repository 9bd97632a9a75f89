package dev.npmmcp.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringBackend;
import dev.npmmcp.security.KeyringException;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.tool.ToolFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** keyring: and file: secrets in instances.yaml, read when a client is first needed, against the simulator. */
class SecretReferencesTest {

    private static final String ADMIN = "admin@example.com";
    private static final String PASSWORD = "changeme123";

    @TempDir
    Path home;

    private final Redactor redactor = new Redactor();
    private final Map<String, String> env = new HashMap<>();
    private final AtomicInteger keyringReads = new AtomicInteger();
    private final KeyringBackend memory = KeyringBackend.inMemory();
    private KeyringBackend backend = new KeyringBackend() {
        @Override
        public Optional<String> get(String service, String account) {
            keyringReads.incrementAndGet();
            return memory.get(service, account);
        }

        @Override
        public void set(String service, String account, String secret) {
            memory.set(service, account, secret);
        }
    };
    private NpmSimulator sim;
    private InstanceRegistry registry;

    @BeforeEach
    void start() {
        sim = NpmSimulator.builder().admin(ADMIN, PASSWORD).start();
    }

    @AfterEach
    void stop() {
        if (registry != null) {
            registry.close();
        }
        sim.close();
    }

    private Path config(String password) throws IOException {
        Path file = home.resolve("instances.yaml");
        Files.writeString(file, """
                instances:
                  - name: sim
                    host: 127.0.0.1
                    port: %d
                    username: %s
                    password: "%s"
                """.formatted(sim.baseUri().getPort(), ADMIN, password));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private InstanceRegistry open(Path file) {
        InstanceConfigLoader loader = new InstanceConfigLoader(env, home);
        registry = InstanceRegistry.open(loader.load(Optional.of(file)), loader, TokenStore.inMemory(), redactor,
                new Keyring(backend));
        return registry;
    }

    private String me() {
        return registry.resolve(Optional.of("sim")).client().send(NpmRequest.get("getUser", "/users/me"))
                .path("email").asText();
    }

    @Test
    void shouldReadTheKeyringOnlyWhenTheClientIsFirstNeeded() throws IOException {
        memory.set("npm-mcp", "sim", PASSWORD);
        open(config("keyring:npm-mcp/sim"));
        new ToolHarness(registry).call("npm_list_instances", Map.of());
        assertThat(keyringReads).hasValue(0);

        assertThat(me()).isEqualTo(ADMIN);
        assertThat(me()).isEqualTo(ADMIN);

        assertThat(keyringReads).hasValue(1);
        assertThat(redactor.redact("login with " + PASSWORD)).doesNotContain(PASSWORD);
    }

    @Test
    void shouldNameTheInstanceAndTheReferenceWhenTheKeyringHasNoSuchEntry() throws IOException {
        open(config("keyring:npm-mcp/sim"));

        assertThatThrownBy(this::me).isInstanceOfSatisfying(ToolFailure.class, f -> {
            assertThat(f.getMessage()).contains("'sim'", "password", "keyring:npm-mcp/sim");
            assertThat(f.hint()).contains("npm-mcp keyring set npm-mcp/sim", "${VAR}", "chmod 600");
        });
        // once stored, the next call succeeds: a failed lookup is not remembered
        memory.set("npm-mcp", "sim", PASSWORD);
        assertThat(me()).isEqualTo(ADMIN);
    }

    @Test
    void shouldSayWhatToUseInsteadWhereThereIsNoKeyring() throws IOException {
        backend = new KeyringBackend() {
            @Override
            public Optional<String> get(String service, String account) {
                throw new KeyringException("No OS keyring is available here");
            }

            @Override
            public void set(String service, String account, String secret) {
                throw new KeyringException("No OS keyring is available here");
            }
        };
        open(config("keyring:npm-mcp/sim"));

        JsonNode result = new ToolHarness(registry).call("npm_validate_instance_config", Map.of("instance_name", "sim"));

        assertThat(result.path("valid").asBoolean()).isFalse();
        assertThat(result.path("problems").toString())
                .contains("'sim'", "keyring:npm-mcp/sim", "No OS keyring is available here");
        assertThat(result.path("connection").path("hint").asText()).contains("${VAR}", "chmod 600");
        assertThat(sim.requestCount("requestToken")).isZero();
    }

    @Test
    void shouldReadASecretFileOnlyItsOwnerCanRead() throws IOException {
        Path secret = Files.writeString(home.resolve("sim.secret"), PASSWORD + "\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        open(config("file:~/sim.secret"));

        assertThat(me()).isEqualTo(ADMIN);
    }

    @Test
    void shouldRefuseASecretFileOthersCanReadWithTheFix() throws IOException {
        Path secret = Files.writeString(home.resolve("sim.secret"), PASSWORD);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
        open(config("file:" + secret));

        assertThatThrownBy(this::me).isInstanceOfSatisfying(ToolFailure.class, f -> assertThat(f.getMessage())
                .contains("'sim'", "file:" + secret, "chmod 600 " + secret)
                .doesNotContain(PASSWORD));
        assertThat(sim.requestCount("requestToken")).isZero();
    }

    @Test
    void shouldTakeAKeyringReferenceFromNpmSecret() {
        memory.set("npm-mcp", "env", PASSWORD);
        env.putAll(Map.of("NPM_URL", sim.baseUri().toString(), "NPM_IDENTITY", ADMIN,
                "NPM_SECRET", "keyring:npm-mcp/env", "NPM_INSTANCE_NAME", "sim"));

        open(home.resolve("absent.yaml"));

        assertThat(me()).isEqualTo(ADMIN);
    }

    @Test
    void shouldRefuseReferencesFromToolCallsSoAPromptCannotReadOtherSecrets() throws IOException {
        memory.set("other-app", "api-key", "someone-elses-secret");
        open(config(PASSWORD));
        ToolHarness tools = new ToolHarness(registry);

        assertThatThrownBy(() -> tools.call("npm_manage_instance", Map.of("operation", "create", "instance_name",
                        "evil", "host", "127.0.0.1", "port", sim.baseUri().getPort(), "username", ADMIN, "password",
                        "keyring:other-app/api-key")))
                .isInstanceOfSatisfying(ToolFailure.class, f -> assertThat(f.getMessage())
                        .contains("reference", "never from a tool call"));
        assertThatThrownBy(() -> tools.call("npm_update_instance_credentials", Map.of("instance_name", "sim",
                        "new_password", "file:~/.ssh/id_ed25519")))
                .isInstanceOf(ToolFailure.class);
        assertThatThrownBy(() -> tools.call("npm_validate_instance_config", Map.of("host", "127.0.0.1", "port",
                        sim.baseUri().getPort(), "username", ADMIN, "password", "keyring:other-app/api-key")))
                .isInstanceOf(ToolFailure.class);

        assertThat(keyringReads).hasValue(0);
        assertThat(sim.requestCount("requestToken")).isZero();
    }

    @Test
    void shouldKeepAConfiguredReferenceWhenAToolChangesSomethingElse() throws IOException {
        memory.set("npm-mcp", "sim", PASSWORD);
        Path file = open(config("keyring:npm-mcp/sim")).configFile();

        new ToolHarness(registry).call("npm_manage_instance", Map.of("operation", "update", "instance_name", "sim",
                "description", "the lab", "persist_to_file", true));

        assertThat(Files.readString(file)).contains("keyring:npm-mcp/sim").doesNotContain(PASSWORD);
        assertThat(me()).isEqualTo(ADMIN);
    }

    @Test
    void shouldWriteAPasswordThatLooksLikeAVariableAsALiteral() throws IOException {
        env.put("SERVER_SECRET", "must-not-leak");
        Path file = open(config(PASSWORD)).configFile();

        new ToolHarness(registry).call("npm_manage_instance", Map.of("operation", "create", "instance_name", "lit",
                "host", "npm.lan", "username", ADMIN, "password", "${SERVER_SECRET}", "test_connection", false,
                "persist_to_file", true));

        InstanceSpec reread = new InstanceConfigLoader(env, home).load(Optional.of(file)).instance("lit")
                .orElseThrow().spec();
        assertThat(reread.password()).contains("${SERVER_SECRET}");
        assertThat(Files.readString(file)).contains("$${SERVER_SECRET}");
    }
}
