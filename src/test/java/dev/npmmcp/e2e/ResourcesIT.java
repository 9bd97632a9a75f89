package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CompleteRequest;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** resources/*, resources/templates/list and completion/complete against the jar (serve --demo), over stdio and HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResourcesIT {

    private static final String TOKEN = "e2e-token-" + Long.toHexString(System.nanoTime()) + "-resources";
    private static final String DEMO = "demo";
    private static final String HOST_BY_ID = "npm://{instance}/proxy-hosts/{id}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private McpSyncClient stdio;
    private IsolatedServer.HttpServer server;
    private McpSyncClient http;

    @BeforeAll
    void startServers() throws Exception {
        JacksonMcpJsonMapper json = new JacksonMcpJsonMapper(JsonMapper.builder().build());
        stdio = new IsolatedServer(Files.createDirectories(dir.resolve("stdio"))).stdio(McpHarness.SERVE, json, line -> {});
        List<String> arguments = new ArrayList<>(McpHarness.SERVE);
        arguments.addAll(List.of("--transport", "http", "--port", "0"));
        Path httpDir = Files.createDirectories(dir.resolve("http"));
        server = new IsolatedServer(httpDir).env("NPM_MCP_HTTP_TOKEN", TOKEN).http(arguments, httpDir.resolve("stdout"));
        http = server.connect(TOKEN, json);
    }

    @AfterAll
    void stopServers() throws Exception {
        Stream.of(stdio, http).filter(client -> client != null).forEach(McpSyncClient::closeGracefully);
        if (server != null) {
            server.close();
        }
    }

    /** Transport names only: JUnit closes AutoCloseable arguments after each test, and a client is one. */
    static Stream<String> transports() {
        return Stream.of("stdio", "http");
    }

    private McpSyncClient client(String transport) {
        return transport.equals("stdio") ? stdio : http;
    }

    private static String text(McpSyncClient client, String uri) {
        McpSchema.ReadResourceResult result = client.readResource(new ReadResourceRequest(uri));
        assertThat(result.contents()).singleElement().isInstanceOfSatisfying(TextResourceContents.class, contents -> {
            assertThat(contents.uri()).isEqualTo(uri);
            assertThat(contents.mimeType()).isEqualTo("application/json");
        });
        return ((TextResourceContents) result.contents().getFirst()).text();
    }

    private static JsonNode read(McpSyncClient client, String uri) throws Exception {
        return JSON.readTree(text(client, uri));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void shouldListTheInstanceAndTheTemplates(String transport) {
        McpSyncClient client = client(transport);
        assertThat(client.getServerCapabilities().resources()).isNotNull();
        assertThat(client.getServerCapabilities().completions()).isNotNull();
        assertThat(client.listResources().resources()).singleElement().satisfies(resource -> {
            assertThat(resource.uri()).isEqualTo("npm://demo");
            assertThat(resource.mimeType()).isEqualTo("application/json");
        });
        assertThat(client.listResourceTemplates().resourceTemplates())
                .extracting(McpSchema.ResourceTemplate::uriTemplate)
                .contains("npm://{instance}", "npm://{instance}/proxy-hosts", HOST_BY_ID,
                        "npm://{instance}/certificates/{id}", "npm://{instance}/access-lists/{id}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void shouldReadTheInstanceAndAHostById(String transport) throws Exception {
        McpSyncClient client = client(transport);
        JsonNode overview = read(client, "npm://demo");
        assertThat(overview.path("instance").asText()).isEqualTo(DEMO);
        assertThat(overview.path("status").asText()).isEqualTo("ok");
        JsonNode first = read(client, "npm://demo/proxy-hosts").path("hosts").path(0);
        assertThat(overview.path("proxy_hosts").asInt()).isPositive();
        JsonNode host = read(client, "npm://demo/proxy-hosts/" + first.path("id").asInt());
        assertThat(host.path("host").path("domain_names")).isEqualTo(first.path("domain_names"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void shouldShowCertificatesWithoutAnyPemText(String transport) throws Exception {
        McpSyncClient client = client(transport);
        String list = text(client, "npm://demo/certificates");
        JsonNode certificates = JSON.readTree(list).path("certificates");
        assertThat(certificates).isNotEmpty();
        assertThat(list).doesNotContain("-----BEGIN");
        for (JsonNode certificate : certificates) {
            assertThat(text(client, "npm://demo/certificates/" + certificate.path("id").asInt()))
                    .doesNotContain("-----BEGIN").contains("\"domain_names\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void shouldAnswerAnUnknownInstanceWithResourceNotFound(String transport) {
        McpSyncClient client = client(transport);
        assertThatThrownBy(() -> client.readResource(new ReadResourceRequest("npm://office/proxy-hosts")))
                .isInstanceOfSatisfying(McpError.class, error -> {
                    assertThat(error.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND);
                    assertThat(error.getJsonRpcError().message()).contains("No NPM instance is named 'office'")
                            .contains("Configured: demo");
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void shouldCompleteAnInstanceNameAndAHostId(String transport) throws Exception {
        McpSyncClient client = client(transport);
        McpSchema.ResourceReference ref = new McpSchema.ResourceReference(HOST_BY_ID);
        McpSchema.CompleteResult instance =
                client.completeCompletion(new CompleteRequest(ref, new CompleteRequest.CompleteArgument("instance", "de")));
        assertThat(instance.completion().values()).containsExactly(DEMO);

        String id = read(client, "npm://demo/proxy-hosts").path("hosts").path(0).path("id").asText();
        McpSchema.CompleteResult ids = client.completeCompletion(new CompleteRequest(ref,
                new CompleteRequest.CompleteArgument("id", id),
                new CompleteRequest.CompleteContext(Map.of("instance", DEMO))));
        assertThat(ids.completion().values()).contains(id).allSatisfy(value -> assertThat(value).startsWith(id));

        McpSchema.CompleteResult prompt = client.completeCompletion(new CompleteRequest(
                new McpSchema.PromptReference("migrate_proxy"),
                new CompleteRequest.CompleteArgument("source_instance", "")));
        assertThat(prompt.completion().values()).containsExactly(DEMO);
    }
}
