package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.npmmcp.simulator.AcmeMode;
import dev.npmmcp.simulator.Fault;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The intent and fleet tools on the jar over stdio, against two simulated instances: "home" (the demo homelab) and
 * "attic", which is down. Every effect is checked by asking the simulator's own API, not the tool's answer.
 */
class IntentToolsIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String instance(String name, URI base, boolean isDefault) {
        return "{\"name\":\"" + name + "\",\"host\":\"" + base.getHost() + "\",\"port\":" + base.getPort()
                + ",\"username\":\"" + NpmSimulator.DEFAULT_ADMIN_EMAIL + "\",\"password\":\""
                + NpmSimulator.DEFAULT_ADMIN_PASSWORD + "\",\"default\":" + isDefault + "}";
    }

    /** What NPM holds, through its own API: every list, as NPM answers it. */
    private static Map<String, JsonNode> npmState(NpmSimulator sim) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = JSON.readTree(http.send(HttpRequest.newBuilder(sim.baseUri().resolve("/api/tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"identity\":\"" + NpmSimulator.DEFAULT_ADMIN_EMAIL
                                + "\",\"secret\":\"" + NpmSimulator.DEFAULT_ADMIN_PASSWORD + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString()).body()).path("token").asText();
        Map<String, JsonNode> state = new HashMap<>();
        for (String path : List.of("nginx/proxy-hosts?expand=certificate,access_list", "nginx/redirection-hosts",
                "nginx/dead-hosts", "nginx/streams", "nginx/access-lists?expand=items,clients", "nginx/certificates")) {
            state.put(path, JSON.readTree(http.send(HttpRequest.newBuilder(sim.baseUri().resolve("/api/" + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body()));
        }
        return state;
    }

    private static JsonNode call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        CallToolResult result = client.callTool(new CallToolRequest(tool, arguments));
        assertThat(result.isError()).as(McpHarness.text(result)).isFalse();
        return JSON.valueToTree(result.structuredContent());
    }

    @Test
    void shouldExposeAServicePlanFirstVerifiedIdempotentAndUndoneOnFailureWhileAnotherInstanceIsDown()
            throws Exception {
        NpmSimulator attic = NpmSimulator.builder().start();
        URI atticAddress = attic.baseUri();
        attic.close();
        try (NpmSimulator home = NpmSimulator.builder().seed(SimulatorSeed.DEMO).acme(AcmeMode.ISSUE).start()) {
            String instances = Stream.of(instance("home", home.baseUri(), true), instance("attic", atticAddress, false))
                    .collect(Collectors.joining(",", "[", "]"));
            McpSyncClient client = new IsolatedServer(dir).env("NPM_INSTANCES", instances)
                    .stdio(List.of("serve"), new JacksonMcpJsonMapper(JsonMapper.builder().build()), line -> {});
            try {
                Map<String, Object> grafana = new HashMap<>(Map.of("domain_names", List.of("grafana.example.net"),
                        "forward_host", "10.0.0.5", "forward_port", 3000, "allow_from", List.of("10.0.0.0/8"),
                        "letsencrypt_email", "ops@example.net"));
                Map<String, JsonNode> before = npmState(home);

                JsonNode plan = call(client, "npm_expose_service", grafana);
                assertThat(plan.path("applied").asBoolean()).isFalse();
                assertThat(plan.path("plan").path("steps")).hasSize(3);
                assertThat(npmState(home)).as("a plan sends nothing").isEqualTo(before);

                home.faults().inject("createProxyHost", Fault.status(500, "Internal Error").times(1));
                grafana.put("dry_run", false);
                CallToolResult failed = client.callTool(new CallToolRequest("npm_expose_service", grafana));
                assertThat(failed.isError()).isTrue();
                assertThat(McpHarness.text(failed)).contains("Undone", "deleted the new certificate");
                assertThat(npmState(home)).as("undone object by object").isEqualTo(before);

                JsonNode applied = call(client, "npm_expose_service", grafana);
                assertThat(applied.path("applied").asBoolean()).isTrue();
                JsonNode hosts = npmState(home).get("nginx/proxy-hosts?expand=certificate,access_list");
                JsonNode host = Stream.iterate(0, i -> i + 1).limit(hosts.size()).map(hosts::get)
                        .filter(h -> h.path("domain_names").toString().contains("grafana.example.net"))
                        .findFirst().orElseThrow();
                assertThat(host.path("forward_port").asInt()).isEqualTo(3000);
                assertThat(host.path("ssl_forced").asBoolean()).isTrue();
                assertThat(host.path("certificate").path("domain_names").toString()).contains("grafana.example.net");
                assertThat(host.path("access_list").path("name").asText()).isEqualTo("expose grafana.example.net");
                assertThat(home.accessRulesInForce(host.path("id").asInt())).hasValue(host.path("access_list_id").asInt());

                Map<String, JsonNode> after = npmState(home);
                JsonNode again = call(client, "npm_expose_service", grafana);
                assertThat(again.path("applied").asBoolean()).isFalse();
                assertThat(npmState(home)).as("a second identical call changes nothing").isEqualTo(after);

                JsonNode fleet = call(client, "npm_fleet_query", Map.of("query", "overview", "timeout_seconds", 5));
                assertThat(fleet.path("answered").asInt()).isEqualTo(1);
                assertThat(fleet.path("instances").get(1).path("status").asText()).isEqualTo("unreachable");
                assertThat(fleet.path("instances").get(0).path("proxy_hosts").asInt()).isEqualTo(4);

                CallToolResult down = client.callTool(new CallToolRequest("npm_expose_service",
                        Map.of("domain_names", List.of("x.example.net"), "forward_host", "10.0.0.9",
                                "forward_port", 80, "instance_name", "attic")));
                assertThat(down.isError()).isTrue();
                assertThat(McpHarness.text(down)).contains("'attic'");
            } finally {
                client.closeGracefully();
            }
        }
    }
}
