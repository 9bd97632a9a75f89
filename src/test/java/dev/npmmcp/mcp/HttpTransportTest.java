package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.security.AuditLog;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.Category;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transport in-process, driven by the SDK's own client: toolsets, lazy mode and the HTTP guard. */
class HttpTransportTest {

    private static final String TOKEN = "test-token-0123456789";
    private static final ToolCatalog CATALOG = ToolCatalog.of(List.of(
            FixtureTool.reading("npm_list_things", Category.PROXY_HOST),
            FixtureTool.writing("npm_manage_thing", Category.PROXY_HOST),
            FixtureTool.reading("npm_list_streams_fixture", Category.STREAM)));

    @TempDir
    Path auditDir;

    private final List<AutoCloseable> open = new ArrayList<>();
    private final BlockingQueue<List<McpSchema.Tool>> changes = new LinkedBlockingQueue<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open.reversed()) {
            closeable.close();
        }
    }

    private HttpTransport start(ServerOptions options) throws Exception {
        HttpTransport http = HttpTransport.start(
                NpmMcpServer.withCatalog(options, CATALOG, TestInstances.none(), AuditLog.open(auditDir, new Redactor())),
                new HttpSettings("127.0.0.1", 0, List.of(), Optional.of(TOKEN)),
                new PrintStream(OutputStream.nullOutputStream()));
        open.add(http);
        return http;
    }

    private McpSyncClient connect(HttpTransport http) {
        URI endpoint = http.endpoint();
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://" + endpoint.getHost() + ":" + endpoint.getPort())
                .endpoint(endpoint.getPath())
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + TOKEN))
                .build();
        McpSyncClient client = McpClient.sync(transport)
                .requestTimeout(Duration.ofSeconds(30))
                .toolsChangeConsumer(changes::add)
                .build();
        open.add(client::closeGracefully);
        client.initialize();
        return client;
    }

    private static List<String> names(McpSyncClient client) {
        return client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
    }

    private static CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        return client.callTool(new CallToolRequest(tool, arguments));
    }

    @Test
    void shouldAddAndRemoveACategorysToolsAtRunTimeAndTellTheClient() throws Exception {
        McpSyncClient client = connect(start(new ServerOptions(Set.of(), false, true)));
        assertThat(names(client)).containsExactly("npm_list_categories", "npm_enable_category", "npm_disable_category");

        CallToolResult enabled = call(client, "npm_enable_category", Map.of("category", "proxy_host"));
        assertThat(enabled.isError()).isFalse();
        assertThat(enabled.structuredContent()).isEqualTo(Map.of("category", "proxy_host", "enabled", true,
                "changed", true, "tools", List.of("npm_list_things", "npm_manage_thing"),
                "message", "Category proxy_host is enabled: added npm_list_things, npm_manage_thing."));
        assertThat(changes.poll(30, TimeUnit.SECONDS)).as("tools/list_changed after enabling").isNotNull();
        assertThat(names(client)).contains("npm_list_things", "npm_manage_thing").doesNotContain(
                "npm_list_streams_fixture");
        assertThat(call(client, "npm_list_things", Map.of("text", "hi")).structuredContent())
                .isEqualTo(Map.of("text", "hi"));

        changes.clear();
        call(client, "npm_disable_category", Map.of("category", "proxy_host"));
        assertThat(changes.poll(30, TimeUnit.SECONDS)).as("tools/list_changed after disabling").isNotNull();
        assertThat(names(client)).containsExactly(
                "npm_list_categories", "npm_enable_category", "npm_disable_category");
    }

    @Test
    void shouldEnableOnlyReadToolsInReadOnlyLazyMode() throws Exception {
        McpSyncClient client = connect(start(new ServerOptions(Set.of(), true, true)));
        call(client, "npm_enable_category", Map.of("category", "proxy_host"));
        assertThat(names(client)).contains("npm_list_things").doesNotContain("npm_manage_thing");
    }

    @Test
    void shouldListTheSelectedToolsetsOnlyWhenNotLazy() throws Exception {
        McpSyncClient client = connect(start(new ServerOptions(Set.of(Category.PROXY_HOST), true, false)));
        assertThat(names(client)).containsExactly("npm_list_things");
        assertThat(client.getServerCapabilities().tools().listChanged()).isFalse();
        assertThat(client.getServerInfo().name()).isEqualTo("npm-mcp");
    }

    @Test
    void shouldRefuseToEnableACategoryOutsideTheToolsets() throws Exception {
        McpSyncClient client = connect(start(new ServerOptions(Set.of(Category.STREAM), false, true)));
        CallToolResult result = call(client, "npm_enable_category", Map.of("category", "proxy_host"));
        assertThat(result.isError()).isTrue();
        assertThat(((McpSchema.TextContent) result.content().getFirst()).text())
                .contains("Category 'proxy_host' is not available: the server was started with --toolsets stream.")
                .contains("Next step: ");
        CallToolResult listed = call(client, "npm_list_categories", Map.of());
        assertThat((List<?>) ((Map<?, ?>) listed.structuredContent()).get("categories")).hasSize(1);
    }

    @Test
    void shouldGuardTheEndpointButNotHealth() throws Exception {
        URI endpoint = start(ServerOptions.defaults()).endpoint();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest.Builder post = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"));

        HttpResponse<String> anonymous = http.send(post.copy().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"npm-mcp\"");

        HttpResponse<String> wrong = http.send(post.copy().header("Authorization", "Bearer not-the-token-at-all")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(wrong.statusCode()).isEqualTo(401);

        HttpResponse<String> foreign = http.send(post.copy().header("Authorization", "Bearer " + TOKEN)
                .header("Origin", "https://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(endpoint.resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(health.headers().firstValue("Server")).isEmpty();
    }
}
