package dev.npmmcp.deadhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.NpmNotFoundException;
import dev.npmmcp.simulator.SimExchange;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * npm_manage_dead_host against a simulated NPM 2.15 holding the demo homelab (404 host #1: old.example.net), which
 * has NPM's two 404-host bugs: disable of a disabled or missing host, and updates rendered from the old row.
 */
class ManageDeadHostToolTest {

    private final ManageDeadHostTool tool = new ManageDeadHostTool();
    private final ToolFixture npm = ToolFixture.demo();

    @AfterEach
    void stop() {
        npm.close();
    }

    private DeadHostApi api() {
        return new DeadHostApi(npm.client());
    }

    @Test
    void shouldCreateAndReadBack() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "create", "domain_names", List.of("retired.example.net")));

        int id = result.get("host_id").asInt();
        assertThat(result.at("/dead_host/nginx_online").asBoolean()).isTrue();
        assertThat(npm.bodies("create404Host")).containsExactly("{\"domain_names\":[\"retired.example.net\"]}");
        assertThat(npm.sim().requestCount("getDeadHost")).as("read back after the write").isEqualTo(1);
        assertThat(api().get(id, Set.of()).domainNames()).containsExactly("retired.example.net");
    }

    @Test
    void shouldRefuseACertificateThatDoesNotExist() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "create", "domain_names",
                        List.of("retired.example.net"), "certificate_id", 99)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("Certificate #99 does not exist");
        assertThat(npm.sim().requestCount("create404Host")).isZero();
    }

    @Test
    void shouldUseAnExistingCertificateAndNoteTheDomainsItLeavesOut() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "create", "domain_names", List.of("retired.example.net"),
                "certificate_id", 1));

        assertThat(result.at("/dead_host/certificate_id").asInt()).isEqualTo(1);
        assertThat(result.get("notes").toString()).contains("covers cloud.example.net but not retired.example.net");
        assertThat(api().get(result.get("host_id").asInt(), Set.of()).certificateId()).isEqualTo(1);
    }

    @Test
    void shouldNeverSendDisableToADisabledHost() {
        JsonNode first = npm.callJson(tool, Map.of("operation", "disable", "host_id", 1));
        JsonNode second = npm.callJson(tool, Map.of("operation", "disable", "host_id", 1));

        assertThat(first.get("changed").asBoolean()).isTrue();
        assertThat(first.at("/dead_host/enabled").asBoolean()).isFalse();
        assertThat(second.get("changed").asBoolean()).isFalse();
        assertThat(second.get("message").asText()).contains("already disabled");
        assertThat(npm.sim().requestCount("disableDeadHost")).isEqualTo(1);
    }

    @Test
    void shouldNeverSendDisableToAMissingHost() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "disable", "host_id", 42)))
                .isInstanceOf(NpmNotFoundException.class);
        assertThat(npm.sim().requestCount("disableDeadHost")).isZero();
    }

    @Test
    void shouldTreatEnablingAnEnabledHostAsDone() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "enable", "host_id", 1));

        assertThat(result.get("changed").asBoolean()).isFalse();
        assertThat(npm.sim().requestCount("enableDeadHost")).isZero();
    }

    @Test
    void shouldReRenderAnEnabledHostAfterAnUpdateSoNginxSeesTheNewSettings() {
        JsonNode broken = npm.callJson(tool, Map.of("operation", "update", "host_id", 1,
                "advanced_config", "this is not valid nginx;"));

        assertThat(broken.at("/dead_host/nginx_online").asBoolean(true))
                .as("the new, broken config is what nginx checked").isFalse();
        assertThat(broken.at("/notes/0").asText()).startsWith("nginx rejected the host's config");
        assertThat(broken.get("notes").toString()).contains("disabled and enabled again");
        assertThat(npm.exchanges()).extracting(SimExchange::operationId)
                .containsSubsequence("updateDeadHost", "disableDeadHost", "enableDeadHost", "getDeadHost");

        JsonNode fixed = npm.callJson(tool, Map.of("operation", "update", "host_id", 1, "advanced_config", ""));

        assertThat(fixed.at("/dead_host/nginx_online").asBoolean()).isTrue();
        assertThat(npm.bodies("updateDeadHost")).containsExactly(
                "{\"advanced_config\":\"this is not valid nginx;\"}", "{\"advanced_config\":\"\"}");
        assertThat(api().get(1, Set.of()).enabled()).isTrue();
    }

    @Test
    void shouldLeaveADisabledHostDisabledOnUpdate() {
        api().disable(1);

        JsonNode result = npm.callJson(tool, Map.of("operation", "update", "host_id", 1,
                "domain_names", List.of("old.example.net", "older.example.net")));

        assertThat(result.get("notes").toString()).contains("when it is enabled");
        assertThat(npm.sim().requestCount("disableDeadHost")).as("only the test's own disable").isEqualTo(1);
        assertThat(npm.sim().requestCount("enableDeadHost")).isZero();
        assertThat(api().get(1, Set.of()).domainNames()).containsExactly("old.example.net", "older.example.net");
    }

    @Test
    void shouldNotWriteWhenTheUpdateChangesNothing() {
        JsonNode result = npm.callJson(tool, Map.of("operation", "update", "host_id", 1,
                "domain_names", List.of("OLD.example.net"), "ssl_forced", false));

        assertThat(result.get("changed").asBoolean()).isFalse();
        assertThat(npm.sim().requestCount("updateDeadHost")).isZero();
    }

    @Test
    void shouldDeleteOnlyWithConfirmation() {
        assertThatThrownBy(() -> npm.callJson(tool, Map.of("operation", "delete", "host_id", 1)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("confirmation");
        assertThat(npm.sim().requestCount("deleteDeadHost")).isZero();

        npm.callJson(tool, Map.of("operation", "delete", "host_id", 1, "confirm", true));

        assertThat(api().list(Optional.empty(), Set.of())).isEmpty();
    }

    @Test
    void shouldChangeNothingInReadOnlyMode() {
        assertThatThrownBy(() -> npm.callReadOnly(tool, Map.of("operation", "create",
                        "domain_names", List.of("retired.example.net"))))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("read-only");
        assertThat(npm.sim().requestCount("create404Host")).isZero();
    }
}
