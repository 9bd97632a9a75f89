package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The jar over Streamable HTTP: the guard in front of /mcp, then the SDK's client through it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpServerIT {

    private static final String TOKEN = "e2e-token-" + Long.toHexString(System.nanoTime()) + "-abcdef";

    @TempDir
    static Path dir;

    private IsolatedServer.HttpServer server;
    private URI endpoint;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startServer() throws Exception {
        List<String> arguments = new ArrayList<>(McpHarness.SERVE);
        arguments.addAll(List.of("--transport", "http", "--port", "0", "--lazy"));
        server = new IsolatedServer(dir).env("NPM_MCP_HTTP_TOKEN", TOKEN).http(arguments, dir.resolve("stdout.txt"));
        endpoint = server.endpoint();
    }

    @AfterAll
    void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> post(String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private McpSyncClient connect() {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://" + endpoint.getHost() + ":" + endpoint.getPort())
                .endpoint(endpoint.getPath())
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + TOKEN))
                .build();
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
        return client;
    }

    @Test
    void shouldBindLoopbackByDefault() {
        assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void shouldAnswer401WithoutTheBearerToken() throws Exception {
        assertThat(post().statusCode()).isEqualTo(401);
        assertThat(post("Authorization", "Bearer wrong-" + TOKEN).statusCode()).isEqualTo(401);
    }

    @Test
    void shouldAnswer403ToAForeignOrigin() throws Exception {
        assertThat(post("Authorization", "Bearer " + TOKEN, "Origin", "https://evil.example").statusCode())
                .isEqualTo(403);
    }

    @Test
    void shouldAnswerHealthWithoutAuthenticationAndWithoutDetails() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(endpoint.resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void shouldServeEveryToolToAClientWithTheToken() {
        McpSyncClient client = connect();
        try {
            assertThat(client.getServerInfo().name()).isEqualTo("npm-mcp");
            assertThat(client.listTools().tools()).isNotEmpty();
            McpHarness.assertEveryListedToolWorks(client);
        } finally {
            client.closeGracefully();
        }
    }

    @Test
    void shouldNotPrintTheConfiguredToken() {
        assertThat(server.stderr()).isNotEmpty().noneMatch(line -> line.contains(TOKEN));
    }
}
