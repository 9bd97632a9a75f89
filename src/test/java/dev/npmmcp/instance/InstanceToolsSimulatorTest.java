package dev.npmmcp.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.CachedToken;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Progress;
import dev.npmmcp.tool.ToolFailure;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The instance tools against the NPM simulator: connection tests, validation and credential rotation. */
class InstanceToolsSimulatorTest {

    private static final String ADMIN = "admin@example.com";
    private static final String PASSWORD = "changeme123";

    @TempDir
    Path home;

    private final Redactor redactor = new Redactor();

    private NpmSimulator sim;
    private InstanceRegistry registry;
    private ToolHarness tools;
    private Path file;
    private final TokenStore tokens = TokenStore.inMemory();

    @BeforeEach
    void start() throws IOException {
        sim = NpmSimulator.builder().admin(ADMIN, PASSWORD).start();
        file = home.resolve("instances.yaml");
        // "sim" logs in with the real password, "stale" with an outdated one taken from the environment
        Files.writeString(file, """
                instances:
                  - name: sim
                    host: 127.0.0.1
                    port: %d
                    username: %s
                    password: ${SIM_PASSWORD}
                    default: true
                  - name: stale
                    host: 127.0.0.1
                    port: %d
                    username: %s
                    password: ${STALE_PASSWORD}
                """.formatted(sim.baseUri().getPort(), ADMIN, sim.baseUri().getPort(), ADMIN));
        InstanceConfigLoader loader =
                new InstanceConfigLoader(Map.of("SIM_PASSWORD", PASSWORD, "STALE_PASSWORD", "old-password"), home);
        registry = InstanceRegistry.open(loader.load(Optional.of(file)), loader, tokens, redactor);
        tools = new ToolHarness(registry);
    }

    @AfterEach
    void stop() {
        registry.close();
        sim.close();
    }

    private JsonNode call(String toolName, Map<String, ?> arguments) {
        return tools.call(toolName, arguments);
    }

    @Test
    void shouldReportReachabilityTlsVersionLoginAndLatency() {
        JsonNode result = call("npm_manage_instance", Map.of("operation", "test", "instance_name", "sim"));

        JsonNode connection = result.path("connection");
        assertThat(result.path("instance").asText()).isEqualTo("sim");
        assertThat(connection.path("reachable").asBoolean()).isTrue();
        assertThat(connection.path("authenticated").asBoolean()).isTrue();
        assertThat(connection.path("tls").asText()).isEqualTo("plain HTTP");
        assertThat(connection.path("npm_version").asText()).isEqualTo("2.15.1");
        assertThat(connection.has("latency_ms")).isTrue();
        assertThat(connection.path("problems")).isEmpty();
        assertThat(sim.requestCount("requestToken")).isPositive();
        // the report once: the LLM reads every byte of the result
        assertThat(result.path("config").path("name").asText()).isEqualTo("sim");
        assertThat(result.path("config").has("connection")).isFalse();
        assertThat(call("npm_manage_instance", Map.of("operation", "test")).path("instance").asText())
                .as("a test without instance_name tests the instance calls go to").isEqualTo("sim");
    }

    @Test
    void shouldSayWhichStepFailedForAStalePassword() {
        JsonNode result = call("npm_manage_instance", Map.of("operation", "test", "instance_name", "stale"));

        assertThat(result.path("connection").path("reachable").asBoolean()).isTrue();
        assertThat(result.path("connection").path("authenticated").asBoolean()).isFalse();
        assertThat(result.path("connection").path("problems").toString()).contains("refused the login");
        assertThat(result.toString()).doesNotContain("old-password");
    }

    @Test
    void shouldRefuseAWrongNewPasswordWhenTestingBeforeApplying() throws IOException {
        String before = Files.readString(file);

        assertThatThrownBy(() -> call("npm_update_instance_credentials", Map.of("instance_name", "sim",
                        "new_password", "wrong-password", "persist_to_file", true)))
                .isInstanceOfSatisfying(ToolFailure.class, f -> {
                    assertThat(f.getMessage()).contains("'sim'", "not applied").doesNotContain("wrong-password");
                    assertThat(f.hint()).contains("Nothing was changed");
                });

        assertThat(registry.instance(Optional.of("sim")).spec().password()).contains(PASSWORD);
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(registry.test("sim").ok()).isTrue();
    }

    @Test
    void shouldApplyAndSaveNewCredentialsNpmAcceptsAndDropOldTokens() {
        tokens.save("stale", new CachedToken("cached-jwt", Instant.now().plusSeconds(3600)));

        JsonNode result = call("npm_update_instance_credentials", Map.of("instance_name", "stale",
                "new_password", PASSWORD, "persist_to_file", true));

        assertThat(result.path("instance").asText()).isEqualTo("stale");
        assertThat(result.path("tested").asBoolean()).isTrue();
        assertThat(result.path("connection").path("authenticated").asBoolean()).isTrue();
        assertThat(result.path("notes").toString()).contains("STALE_PASSWORD");
        assertThat(result.toString()).doesNotContain(PASSWORD);
        assertThat(tokens.load("stale")).isEmpty();
        assertThat(registry.test("stale").ok()).isTrue();
        assertThat(new InstanceConfigLoader(Map.of("SIM_PASSWORD", PASSWORD), home).load(Optional.of(file))
                        .instance("stale").orElseThrow().spec().password())
                .contains(PASSWORD);
    }

    @Test
    void shouldNotCreateAnInstanceWhoseLoginNpmRefuses() {
        assertThatThrownBy(() -> call("npm_manage_instance", Map.of("operation", "create", "instance_name",
                        "other", "host", "127.0.0.1", "port", sim.baseUri().getPort(), "username", ADMIN, "password",
                        "nope-nope")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("was not created");

        assertThat(registry.instances()).extracting(ConfiguredInstance::name).containsExactly("sim", "stale");
    }

    @Test
    void shouldNotLogInAtANewAddressBeforeTheUserAgreedToMoveTheInstance() {
        try (NpmSimulator elsewhere = NpmSimulator.builder().admin(ADMIN, PASSWORD).start()) {
            Map<String, Object> move = Map.of("operation", "update", "instance_name", "sim", "port",
                    elsewhere.baseUri().getPort());

            assertThatThrownBy(() -> call("npm_manage_instance", move))
                    .isInstanceOf(ToolFailure.class)
                    .hasMessageContaining("needs the user's confirmation");
            assertThat(elsewhere.requestCount("requestToken")).as("logins at the new address").isZero();
            assertThat(registry.instance(Optional.of("sim")).spec().port()).isEqualTo(sim.baseUri().getPort());

            Map<String, Object> agreed = new java.util.HashMap<>(move);
            agreed.put("confirm", true);
            JsonNode result = call("npm_manage_instance", agreed);

            assertThat(result.path("connection").path("authenticated").asBoolean()).isTrue();
            assertThat(elsewhere.requestCount("requestToken")).as("the stored login, sent once agreed").isPositive();
        }
    }

    @Test
    void shouldValidateNewSettingsAgainstNpm() {
        JsonNode good = call("npm_validate_instance_config", Map.of("instance_name", "lab", "host",
                "127.0.0.1", "port", sim.baseUri().getPort(), "username", ADMIN, "password", PASSWORD));

        assertThat(good.path("valid").asBoolean()).isTrue();
        assertThat(good.path("connection").path("npm_version").asText()).isEqualTo("2.15.1");
        assertThat(registry.instances()).extracting(ConfiguredInstance::name).doesNotContain("lab");
    }

    @Test
    void shouldReportAClosedPortAsUnreachable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        JsonNode result = call("npm_validate_instance_config", Map.of("host", "127.0.0.1", "port", closed,
                "api_token", "t", "timeout", 5));

        assertThat(result.path("valid").asBoolean()).isFalse();
        assertThat(result.path("connection").path("reachable").asBoolean()).isFalse();
        assertThat(result.path("problems").toString()).contains("not reachable");
        assertThat(result.path("connection").path("hint").asText()).contains("port");
    }

    @Test
    void shouldValidateARegisteredInstanceByNameAlone() {
        JsonNode result = call("npm_validate_instance_config", Map.of("instance_name", "sim"));

        assertThat(result.path("instance").asText()).isEqualTo("sim");
        assertThat(result.path("valid").asBoolean()).isTrue();
    }

    @Test
    void shouldKeepTheSelectionWhenTheTestFails() {
        call("npm_select_instance", Map.of("instance_name", "sim"));

        assertThatThrownBy(() -> call("npm_select_instance", Map.of("instance_name", "stale")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("'sim' stays selected");
        assertThat(registry.resolve(Optional.empty()).name()).isEqualTo("sim");
    }

    @Test
    void shouldListOnlyConnectedInstancesWhenAsked() {
        JsonNode result = call("npm_list_instances", Map.of("filter_connected", true));

        assertThat(result.path("instances").findValuesAsText("name")).containsExactly("sim");
    }

    @Test
    void shouldGiveToolsAWorkingClientForTheResolvedInstance() {
        InstanceTarget target = new ToolFixture.Context(false, registry, Progress.NONE).target(Optional.empty());

        assertThat(target.name()).isEqualTo("sim");
        assertThat(target.client().serverInfo().version().toString()).isEqualTo("2.15.1");
    }

    @Test
    void shouldSayWhenNpmHasNoAdminYet() {
        try (NpmSimulator fresh = NpmSimulator.builder().start()) {
            JsonNode result = call("npm_validate_instance_config", Map.of("host", "127.0.0.1", "port",
                    fresh.baseUri().getPort(), "username", ADMIN, "password", PASSWORD));

            assertThat(result.path("valid").asBoolean()).isFalse();
            assertThat(result.path("problems").toString()).contains("no admin user yet");
        }
    }
}
