package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.npmmcp.proxyhost.ProxyHost;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.proxyhost.ProxyHostCreate;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.testing.ToolFixture;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MCP progress against the jar over stdio: a bulk toggle of 200 hosts called with a {@code progressToken} tells the
 * client how far it has got, in order on the wire, ending at the total; called without one it sends none.
 */
class ProgressIT {

    private static final int HOSTS = 200;

    @TempDir
    Path dir;

    @Test
    void shouldReportABulkToggleAsItGoesWhenTheClientAsks() throws Exception {
        try (ToolFixture npm = ToolFixture.start(NpmSimulator.builder()
                .admin(NpmSimulator.DEFAULT_ADMIN_EMAIL, NpmSimulator.DEFAULT_ADMIN_PASSWORD))) {
            ProxyHostApi hosts = new ProxyHostApi(npm.client());
            for (int i = 1; i <= HOSTS; i++) {
                hosts.create(ProxyHostCreate.builder(List.of("app" + i + ".example.net"), "http", "10.0.0." + (i % 250 + 1),
                        8080).build());
            }
            RecordingJsonMapper wire = new RecordingJsonMapper(new JacksonMcpJsonMapper(JsonMapper.builder().build()));
            List<ProgressNotification> received = new CopyOnWriteArrayList<>();
            CountDownLatch finished = new CountDownLatch(1);
            McpSyncClient client = new IsolatedServer(dir)
                    .env("NPM_URL", npm.sim().baseUri().toString())
                    .env("NPM_IDENTITY", NpmSimulator.DEFAULT_ADMIN_EMAIL)
                    .env("NPM_SECRET", NpmSimulator.DEFAULT_ADMIN_PASSWORD)
                    .env("NPM_INSTANCE_NAME", ToolSamples.INSTANCE)
                    .stdio(List.of("serve"), wire, line -> {},
                            spec -> spec.progressConsumer(notification -> {
                                received.add(notification);
                                if (notification.progress().equals(notification.total())) {
                                    finished.countDown();
                                }
                            }));
            try {
                CallToolResult quiet = client.callTool(new CallToolRequest("npm_bulk_operations", toggle("disable")));
                assertThat(quiet.isError()).as(McpHarness.text(quiet)).isFalse();
                assertThat(hosts.list(Optional.empty(), Set.of())).noneMatch(ProxyHost::enabled);

                CallToolResult result = client.callTool(CallToolRequest.builder()
                        .name("npm_bulk_operations")
                        .arguments(toggle("enable"))
                        .progressToken("toggle-200")
                        .build());
                assertThat(result.isError()).as(McpHarness.text(result)).isFalse();
                assertThat(McpHarness.text(result)).contains("Enabled " + HOSTS + " of " + HOSTS);
                // notifications reach the consumer on the client's own threads; the last one may trail the result
                assertThat(finished.await(30, TimeUnit.SECONDS)).as("the last progress notification").isTrue();

                // the client hands notifications to its consumer on several threads, so their order is the wire's
                List<JsonNode> progress = wire.parsedTexts().stream()
                        .filter(line -> line.contains("notifications/progress"))
                        .map(ProgressIT::params)
                        .toList();
                assertThat(progress).hasSameSizeAs(received);
                assertThat(progress).as("only the call with a token reports").allSatisfy(n ->
                        assertThat(n.path("progressToken").asText()).isEqualTo("toggle-200"));
                assertThat(progress).hasSizeGreaterThanOrEqualTo(10);
                assertThat(progress).extracting(n -> n.path("total").asDouble()).containsOnly((double) HOSTS);
                assertThat(progress).extracting(n -> n.path("progress").asDouble()).isSorted().doesNotHaveDuplicates();
                assertThat(progress.getLast().path("progress").asDouble()).isEqualTo((double) HOSTS);
                assertThat(progress.getLast().path("message").asText()).startsWith("Enabled app");
            } finally {
                client.closeGracefully();
            }
        }
    }

    private static JsonNode params(String line) {
        try {
            return new ObjectMapper().readTree(line).path("params");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> toggle(String action) {
        return Map.of("operation", "toggle_hosts", "action", action, "domain_pattern", "*.example.net",
                "dry_run", false, "batch_size", 8);
    }
}
