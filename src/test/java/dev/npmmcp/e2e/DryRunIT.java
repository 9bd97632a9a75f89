package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimExchange;
import dev.npmmcp.simulator.SimulatorSeed;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dry_run: true} on every write tool, against the jar over stdio: every one of them takes it, and then not one
 * change reaches NPM (the simulator sees reads and logins only) or the server's own configuration, while the result
 * says which requests were kept back and what each would change.
 */
class DryRunIT {

    private static final String INSTANCE = ToolSamples.INSTANCE;

    @TempDir
    Path dir;

    /** A call of each write tool's each kind of change, all with dry_run. */
    private static List<Map.Entry<String, Map<String, Object>>> writes() {
        List<Map.Entry<String, Map<String, Object>>> calls = new ArrayList<>();
        calls.add(Map.entry("npm_manage_proxy_host", Map.of("operation", "create",
                "domain_names", List.of("grafana.example.net"), "forward_host", "10.0.0.5", "forward_port", 3000)));
        calls.add(Map.entry("npm_manage_proxy_host", Map.of("operation", "update", "host_id", 2, "forward_port", 9000)));
        calls.add(Map.entry("npm_manage_proxy_host", Map.of("operation", "disable", "host_id", 1)));
        calls.add(Map.entry("npm_manage_proxy_host", Map.of("operation", "delete", "host_id", 2)));
        calls.add(Map.entry("npm_manage_access_list", Map.of("operation", "create", "name", "office",
                "clients", List.of(Map.of("address", "10.0.0.0/8", "directive", "allow")))));
        calls.add(Map.entry("npm_manage_access_list", Map.of("operation", "delete", "list_id", 1)));
        calls.add(Map.entry("npm_manage_certificate", Map.of("operation", "create", "provider", "letsencrypt",
                "domain_names", List.of("new.example.net"), "letsencrypt_email", "ops@example.net")));
        calls.add(Map.entry("npm_manage_certificate", Map.of("operation", "delete", "cert_id", 1)));
        calls.add(Map.entry("npm_manage_stream", Map.of("operation", "create", "incoming_port", 2223,
                "forwarding_host", "10.0.0.7", "forwarding_port", 22)));
        calls.add(Map.entry("npm_manage_stream", Map.of("operation", "delete", "stream_id", 1)));
        calls.add(Map.entry("npm_manage_redirection", Map.of("operation", "update", "redirect_id", 1,
                "forward_http_code", 308)));
        calls.add(Map.entry("npm_manage_dead_host", Map.of("operation", "create",
                "domain_names", List.of("gone.example.net"))));
        calls.add(Map.entry("npm_manage_user", Map.of("operation", "create", "email", "kim@example.net",
                "name", "Kim", "password", "a-long-password-1")));
        calls.add(Map.entry("npm_update_system_settings", Map.of("setting_id", "default-site", "value", "404")));
        calls.add(Map.entry("npm_manage_instance", Map.of("operation", "create", "instance_name", "office",
                "host", "10.9.9.9", "port", 81, "username", "a@example.net", "password", "secret-password",
                "persist_to_file", true, "test_connection", false)));
        calls.add(Map.entry("npm_manage_instance", Map.of("operation", "delete", "instance_name", INSTANCE)));
        calls.add(Map.entry("npm_set_default_instance", Map.of("instance_name", INSTANCE)));
        calls.add(Map.entry("npm_update_instance_credentials", Map.of("instance_name", INSTANCE,
                "new_password", "another-password-2", "test_before_applying", false)));
        calls.add(Map.entry("npm_expose_service", Map.of("domain_names", List.of("grafana.example.net"),
                "forward_host", "10.0.0.5", "forward_port", 3000, "allow_from", List.of("10.0.0.0/8"))));
        calls.add(Map.entry("npm_bulk_operations", Map.of("operation", "toggle_hosts", "action", "disable", "domain_pattern", "*")));
        return calls;
    }

    @Test
    void shouldSendNoChangeForADryRunOfAnyWriteTool() throws Exception {
        try (NpmSimulator sim = NpmSimulator.builder().seed(SimulatorSeed.DEMO).start()) {
            List<SimExchange> changes = new CopyOnWriteArrayList<>();
            sim.onExchange(exchange -> {
                if (!exchange.method().equals("GET") && !exchange.path().startsWith("/tokens")) {
                    changes.add(exchange);
                }
            });
            List<String> stderr = new CopyOnWriteArrayList<>();
            IsolatedServer isolated = new IsolatedServer(dir)
                    .env("NPM_URL", sim.baseUri().toString())
                    .env("NPM_IDENTITY", NpmSimulator.DEFAULT_ADMIN_EMAIL)
                    .env("NPM_SECRET", NpmSimulator.DEFAULT_ADMIN_PASSWORD)
                    .env("NPM_INSTANCE_NAME", INSTANCE);
            McpSyncClient client = isolated.stdio(List.of("serve"),
                    new JacksonMcpJsonMapper(JsonMapper.builder().build()), stderr::add);
            try {
                List<Tool> writeTools = client.listTools().tools().stream()
                        .filter(t -> t.annotations() == null || !Boolean.TRUE.equals(t.annotations().readOnlyHint()))
                        .toList();
                assertThat(writeTools).hasSizeGreaterThanOrEqualTo(10).allSatisfy(t ->
                        assertThat(((Map<?, ?>) t.inputSchema().get("properties")).containsKey("dry_run")).as(t.name()).isTrue());
                assertThat(writes()).extracting(Map.Entry::getKey)
                        .as("every write tool is dry-run here")
                        .containsAll(writeTools.stream().map(Tool::name)
                                .filter(name -> !name.equals("npm_sync_instances")).toList());

                Map<String, JsonNode> plans = new HashMap<>();
                for (Map.Entry<String, Map<String, Object>> call : writes()) {
                    Map<String, Object> arguments = new HashMap<>(call.getValue());
                    arguments.put("dry_run", true);
                    CallToolResult result = client.callTool(new CallToolRequest(call.getKey(), arguments));
                    assertThat(result.isError()).as(call + ": " + McpHarness.text(result)).isFalse();
                    JsonNode structured = new ObjectMapper().valueToTree(result.structuredContent());
                    plans.putIfAbsent(call.getKey() + " " + call.getValue().get("operation"), structured);
                }

                assertThat(changes).as("writes that reached NPM").isEmpty();
                assertThat(Files.exists(isolated.home().resolve(".npm-mcp/instances.yaml"))).isFalse();
                CallToolResult instances = client.callTool(new CallToolRequest("npm_list_instances", Map.of()));
                assertThat(McpHarness.text(instances)).contains(INSTANCE).doesNotContain("office");

                JsonNode create = plans.get("npm_manage_proxy_host create").path("dry_run");
                assertThat(create.path("sent").asBoolean(true)).isFalse();
                assertThat(create.path("requests")).singleElement().satisfies(request -> {
                    assertThat(request.path("method").asText()).isEqualTo("POST");
                    assertThat(request.path("path").asText()).isEqualTo("/api/nginx/proxy-hosts");
                    assertThat(request.path("body").path("forward_port").asInt()).isEqualTo(3000);
                });
                JsonNode update = plans.get("npm_manage_proxy_host update").path("dry_run").path("requests").get(0);
                assertThat(update.path("changes")).anySatisfy(change -> {
                    assertThat(change.path("field").asText()).isEqualTo("forward_port");
                    assertThat(change.path("before").asInt()).isEqualTo(8096);
                    assertThat(change.path("after").asInt()).isEqualTo(9000);
                });
                JsonNode setting = plans.get("npm_update_system_settings null").path("dry_run").path("requests").get(0);
                assertThat(setting.path("changes")).anySatisfy(change -> {
                    assertThat(change.path("field").asText()).isEqualTo("value");
                    assertThat(change.path("before").asText()).isEqualTo("congratulations");
                    assertThat(change.path("after").asText()).isEqualTo("404");
                });
                assertThat(plans.get("npm_manage_user create").path("dry_run").toString())
                        .doesNotContain("a-long-password-1");
            } finally {
                client.closeGracefully();
            }
        }
    }
}
