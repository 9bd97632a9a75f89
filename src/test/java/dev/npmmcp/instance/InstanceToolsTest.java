package dev.npmmcp.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.JsonSchemas;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The instance tools on their own: settings, selection, defaults and masking, without contacting NPM. */
class InstanceToolsTest {

    @TempDir
    Path home;

    private final Redactor redactor = new Redactor();

    private final Map<String, String> env = Map.of("NPM_HOME_PASSWORD", "s3cret!", "VPS_TOKEN", "tok.en");
    private InstanceRegistry registry;
    private Path file;

    @BeforeEach
    void open() throws IOException {
        file = home.resolve("instances.yaml");
        Files.writeString(file, InstanceConfigLoaderTest.SEED_FILE);
        InstanceConfigLoader loader = new InstanceConfigLoader(env, home);
        registry = InstanceRegistry.open(loader.load(Optional.of(file)), loader, TokenStore.inMemory(), redactor);
    }

    @AfterEach
    void close() {
        registry.close();
    }

    private JsonNode call(String toolName, Map<String, ?> arguments) {
        return new ToolHarness(registry).call(toolName, arguments);
    }

    private String text(String toolName, Map<String, ?> arguments) {
        return new ToolHarness(registry).text(toolName, arguments);
    }

    @Test
    void shouldOfferTheSeedsSevenToolsWithTheirParameters() {
        Map<String, Set<String>> parameters = InstanceTools.tools(registry).stream()
                .collect(Collectors.toMap(Tool::name, t -> properties(t.inputType())));

        assertThat(parameters.keySet()).containsExactlyInAnyOrder("npm_manage_instance", "npm_get_instance",
                "npm_list_instances", "npm_select_instance", "npm_set_default_instance",
                "npm_update_instance_credentials", "npm_validate_instance_config");
        Set<String> create = Set.of("operation", "instance_name", "host", "port", "use_https", "verify_ssl",
                "username", "password", "api_token", "set_as_default", "persist_to_file", "config_file",
                "description", "tags", "test_connection", "timeout");
        assertThat(parameters.get("npm_manage_instance")).containsAll(create);
        // validation accepts every create parameter, so a call built for create works unchanged; the three that
        // only matter when saving are accepted without being advertised
        Set<String> saving = Set.of("set_as_default", "persist_to_file", "config_file");
        assertThat(accepted(ValidateInstanceConfigTool.Input.class)).containsAll(
                create.stream().filter(p -> !p.equals("operation")).toList());
        assertThat(parameters.get("npm_validate_instance_config")).containsAll(
                create.stream().filter(p -> !p.equals("operation") && !saving.contains(p)).toList())
                .doesNotContainAnyElementsOf(saving);
        assertThat(parameters.get("npm_get_instance")).contains("instance_name", "show_credentials");
        assertThat(parameters.get("npm_list_instances"))
                .contains("filter_tags", "filter_connected", "show_credentials", "include_test_results");
        assertThat(parameters.get("npm_select_instance")).contains("instance_name", "test_connection");
        assertThat(parameters.get("npm_update_instance_credentials")).contains("instance_name", "new_username",
                "new_password", "new_api_token", "test_before_applying", "persist_to_file",
                "invalidate_cached_tokens");
        assertThat(parameters.get("npm_set_default_instance")).contains("instance_name", "persist_to_file");
    }

    @Test
    void shouldMarkOnlyDeletingToolsDestructiveAndReadingToolsReadOnly() {
        Map<String, Tool<?, ?>> byName =
                InstanceTools.tools(registry).stream().collect(Collectors.toMap(Tool::name, t -> t));

        assertThat(byName.get("npm_manage_instance").hints().destructive()).isTrue();
        assertThat(byName.get("npm_list_instances").hints().readOnly()).isTrue();
        assertThat(byName.get("npm_get_instance").hints().readOnly()).isTrue();
        assertThat(byName.get("npm_validate_instance_config").hints().readOnly()).isTrue();
        assertThat(byName.get("npm_set_default_instance").hints().readOnly()).isFalse();
        assertThat(byName.get("npm_set_default_instance").hints().destructive()).isFalse();
    }

    @Test
    void shouldShowCredentialsOnlyMasked() {
        JsonNode hidden = call("npm_get_instance", Map.of("instance_name", "home"));
        JsonNode shown = call("npm_get_instance", Map.of("instance_name", "home", "show_credentials", true));

        assertThat(hidden.toString()).doesNotContain("admin@example.com", "s3cret!", "********");
        assertThat(shown.path("config").path("username").asText()).isEqualTo("ad***@example.com");
        assertThat(shown.path("config").path("password").asText()).isEqualTo("********");
        assertThat(shown.toString()).doesNotContain("s3cret!", "admin@example.com");
        assertThat(shown.path("instance").asText()).isEqualTo("home");
        assertThat(text("npm_get_instance", Map.of("instance_name", "vps", "show_credentials", true)))
                .isEqualTo("Instance 'vps': https://proxy.example.org:443, TLS NOT verified, login by password as"
                        + " op***@example.org with 2FA, timeout 45 s; from file " + file + ".")
                .doesNotContain("tok.en", "jbsw");
    }

    @Test
    void shouldGetTheInstanceCallsGoToWhenNoneIsNamed() {
        assertThat(call("npm_get_instance", Map.of()).path("instance").asText()).isEqualTo("home");
    }

    @Test
    void shouldListAndFilterByTags() {
        JsonNode all = call("npm_list_instances", Map.of());
        JsonNode lan = call("npm_list_instances", Map.of("filter_tags", List.of("lan")));

        assertThat(all.path("instances").findValuesAsText("name")).containsExactly("home", "vps");
        assertThat(all.path("current").asText()).isEqualTo("home");
        assertThat(all.path("default_instance").asText()).isEqualTo("home");
        assertThat(lan.path("instances").findValuesAsText("name")).containsExactly("home");
        assertThat(lan.path("total").asInt()).isEqualTo(2);
        assertThat(text("npm_list_instances", Map.of("filter_tags", List.of("lan")))).isEqualTo(
                "1 of 2 instance(s); calls without instance_name go to 'home':\n'home' (Homelab NPM):"
                        + " http://npm.lan:81, plain HTTP, login by password, timeout 45 s, tags homelab, lan"
                        + " [default]; from file " + file + ".");
    }

    @Test
    void shouldSelectWithoutTestWhenAskedAndRouteLaterCallsThere() {
        JsonNode result = call("npm_select_instance", Map.of("instance_name", "vps", "test_connection", false));

        assertThat(result.path("instance").asText()).isEqualTo("vps");
        assertThat(registry.resolve(Optional.empty()).name()).isEqualTo("vps");
        assertThat(call("npm_list_instances", Map.of()).path("selected").asText()).isEqualTo("vps");
    }

    @Test
    void shouldSetTheDefaultAndSaveIt() throws IOException {
        JsonNode result = call("npm_set_default_instance",
                Map.of("instance_name", "vps", "persist_to_file", true));

        assertThat(result.path("previous").asText()).isEqualTo("home");
        assertThat(result.path("saved_to").asText()).isEqualTo(file.toString());
        assertThat(new InstanceConfigLoader(env, home).load(Optional.of(file)).instance("vps").orElseThrow()
                        .spec().isDefault())
                .isTrue();
    }

    @Test
    void shouldCreateAndSaveAnInstanceThatRoundTrips() {
        JsonNode result = call("npm_manage_instance", Map.of("operation", "create", "instance_name", "nas",
                "host", "192.168.1.20", "username", "admin@example.com", "password", "pw-123", "tags",
                List.of("storage"), "persist_to_file", true, "test_connection", false));

        assertThat(result.path("instance").asText()).isEqualTo("nas");
        assertThat(result.path("saved_to").asText()).isEqualTo(file.toString());
        assertThat(result.toString()).doesNotContain("pw-123");
        InstanceSpec saved = new InstanceConfigLoader(env, home).load(Optional.of(file)).instance("nas")
                .orElseThrow().spec();
        assertThat(saved).isEqualTo(registry.instance(Optional.of("nas")).spec());
        assertThat(saved.port()).isEqualTo(81);
        assertThat(saved.tags()).containsExactly("storage");
    }

    @Test
    void shouldUpdateOnlyTheParametersGiven() {
        call("npm_manage_instance", Map.of("operation", "update", "instance_name", "home", "port", 8181,
                "test_connection", false, "confirm", true));

        InstanceSpec home = registry.instance(Optional.of("home")).spec();
        assertThat(home.port()).isEqualTo(8181);
        assertThat(home.host()).isEqualTo("npm.lan");
        assertThat(home.password()).contains("s3cret!");
        assertThat(home.tags()).containsExactly("homelab", "lan");
    }

    @Test
    void shouldNotMoveAnInstanceWithItsStoredCredentialsUnlessTheUserAgreed() {
        InstanceSpec before = registry.instance(Optional.of("home")).spec();
        for (Map<String, Object> redirect : List.<Map<String, Object>>of(Map.of("host", "collector.example.net"),
                Map.of("port", 8181), Map.of("use_https", true), Map.of("host", "collector.example.net",
                        "username", "other@example.com"))) {
            Map<String, Object> arguments = new java.util.HashMap<>(redirect);
            arguments.putAll(Map.of("operation", "update", "instance_name", "home", "test_connection", false));

            assertThatThrownBy(() -> call("npm_manage_instance", arguments))
                    .as("update with %s", redirect)
                    .isInstanceOfSatisfying(ToolFailure.class, f -> {
                        assertThat(f.getMessage()).contains("move instance 'home' from http://npm.lan:81 to ",
                                "stored credentials", "needs the user's confirmation");
                        assertThat(f.hint()).contains("confirm: true");
                    });
            assertThat(registry.instance(Optional.of("home")).spec()).isEqualTo(before);
        }
    }

    @Test
    void shouldNameBothAddressesWhenAskingToMoveAnInstance() {
        assertThatThrownBy(() -> call("npm_manage_instance", Map.of("operation", "update", "instance_name", "vps",
                        "host", "collector.example.net", "port", 8443, "test_connection", false)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("from https://proxy.example.org:443 to https://collector.example.net:8443");
    }

    @Test
    void shouldMoveAnInstanceWithoutAskingWhenNewCredentialsComeAlong() {
        call("npm_manage_instance", Map.of("operation", "update", "instance_name", "home", "host", "npm2.lan",
                "password", "new-pw-123", "test_connection", false));
        call("npm_manage_instance", Map.of("operation", "update", "instance_name", "vps", "port", 8443,
                "api_token", "new.token", "test_connection", false));

        InstanceSpec home = registry.instance(Optional.of("home")).spec();
        assertThat(home.host()).isEqualTo("npm2.lan");
        assertThat(home.password()).contains("new-pw-123");
        assertThat(registry.instance(Optional.of("vps")).spec().port()).isEqualTo(8443);
    }

    @Test
    void shouldNotAskWhenTheAddressStaysTheSame() {
        call("npm_manage_instance", Map.of("operation", "update", "instance_name", "home", "host", "npm.lan",
                "port", 81, "use_https", false, "description", "moved shelf", "test_connection", false));

        assertThat(registry.instance(Optional.of("home")).spec().description()).contains("moved shelf");
    }

    @Test
    void shouldRefuseAChangeThatDoesNotNameItsInstance() {
        for (String operation : List.of("create", "update", "delete")) {
            assertThatThrownBy(() -> call("npm_manage_instance", Map.of("operation", operation, "host", "npm.lan")))
                    .isInstanceOf(ToolFailure.class)
                    .hasMessage(operation + " needs instance_name.");
        }
        assertThat(registry.instances()).extracting(ConfiguredInstance::name).containsExactly("home", "vps");
    }

    @Test
    void shouldRefuseCreateWithoutHost() {
        assertThatThrownBy(() -> call("npm_manage_instance",
                        Map.of("operation", "create", "instance_name", "x", "api_token", "t")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("host");
    }

    @Test
    void shouldDeleteForTheSessionAndSayTheFileStillHasIt() {
        JsonNode result = call("npm_manage_instance", Map.of("operation", "delete", "instance_name", "vps"));

        assertThat(registry.instances()).extracting(ConfiguredInstance::name).containsExactly("home");
        assertThat(result.path("notes").toString()).contains("persist_to_file=true");
    }

    @Test
    void shouldValidateFieldsWithoutContactingNpm() {
        JsonNode result = call("npm_validate_instance_config", Map.of("instance_name", "vps", "host",
                "https://npm.example.org", "port", 70000, "username", "admin@example.com", "test_connection",
                false));

        assertThat(result.path("valid").asBoolean()).isFalse();
        assertThat(result.path("problems").toString()).contains("bare host name", "port 70000",
                "password is missing");
        assertThat(result.path("warnings").toString()).contains("already exists");
        assertThat(result.has("connection")).isFalse();
        assertThat(text("npm_validate_instance_config", Map.of("host", "npm.example.org", "test_connection", false)))
                .startsWith("The settings of instance 'candidate' are NOT valid.\nProblem: ")
                .contains("no credentials");
    }

    @Test
    void shouldWarnAboutUnencryptedLoginsOffTheLan() {
        JsonNode result = call("npm_validate_instance_config", Map.of("host", "proxy.example.org",
                "api_token", "t", "test_connection", false));

        assertThat(result.path("valid").asBoolean()).isTrue();
        assertThat(result.path("instance").asText()).isEqualTo("candidate");
        assertThat(result.path("warnings").toString()).contains("unencrypted");
    }

    private static Set<String> properties(Class<? extends Record> type) {
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) JsonSchemas.inputSchema(type).get("properties");
        return properties.keySet();
    }

    private static Set<String> accepted(Class<? extends Record> type) {
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = (Map<String, Object>) JsonSchemas.bindingSchema(type).get("properties");
        return properties.keySet();
    }
}
