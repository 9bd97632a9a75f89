package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two clients on one HTTP server: what one selects with npm_select_instance is its own, never the other's. */
class HttpSessionsIT {

    private static final String TOKEN = "sessions-token-" + Long.toHexString(System.nanoTime()) + "-abcdef";

    @TempDir
    Path dir;

    @Test
    void shouldKeepEachSessionsSelectedInstance() throws Exception {
        try (NpmSimulator sim = NpmSimulator.builder().seed(SimulatorSeed.DEMO).start()) {
            String instance = "{\"name\":\"%s\",\"host\":\"" + sim.baseUri().getHost() + "\",\"port\":"
                    + sim.baseUri().getPort() + ",\"username\":\"" + NpmSimulator.DEFAULT_ADMIN_EMAIL
                    + "\",\"password\":\"" + NpmSimulator.DEFAULT_ADMIN_PASSWORD + "\"%s}";
            String instances = "[" + instance.formatted("alpha", ",\"default\":true") + ","
                    + instance.formatted("beta", "") + "]";
            IsolatedServer.HttpServer server = new IsolatedServer(dir)
                    .env("NPM_MCP_HTTP_TOKEN", TOKEN)
                    .env("NPM_INSTANCES", instances)
                    .http(List.of("serve", "--transport", "http", "--port", "0"), dir.resolve("stdout.txt"));
            try {
                McpSyncClient first = connect(server.endpoint());
                McpSyncClient second = connect(server.endpoint());

                CallToolResult selected = first.callTool(new CallToolRequest("npm_select_instance",
                        Map.of("instance_name", "beta", "test_connection", false)));
                assertThat(selected.isError()).as(McpHarness.text(selected)).isFalse();

                assertThat(current(first)).as("the client that selected beta").isEqualTo("beta");
                assertThat(current(second)).as("the other client keeps the default").isEqualTo("alpha");
                first.closeGracefully();
                second.closeGracefully();
            } finally {
                server.close();
            }
        }
    }

    private static String current(McpSyncClient client) {
        CallToolResult listed = client.callTool(new CallToolRequest("npm_list_instances", Map.of()));
        assertThat(listed.isError()).as(McpHarness.text(listed)).isFalse();
        return String.valueOf(((Map<?, ?>) listed.structuredContent()).get("current"));
    }

    private static McpSyncClient connect(URI endpoint) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://" + endpoint.getHost() + ":" + endpoint.getPort())
                .endpoint(endpoint.getPath())
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + TOKEN))
                .build();
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
        return client;
    }
}
