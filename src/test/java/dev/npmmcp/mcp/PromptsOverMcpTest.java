package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.security.AuditLog;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.Category;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** prompts/list and prompts/get through the SDK's own client, against servers started with different options. */
class PromptsOverMcpTest {

    private static final String TOKEN = "test-token-0123456789";
    private static final ToolCatalog CATALOG = ToolCatalog.standard(TestInstances.none());
    private static final Map<String, Object> SETUP = Map.of(
            "domain", "app.example.net", "forward_host", "192.168.1.20", "forward_port", "8080", "ssl", "none");

    @TempDir
    Path auditDir;

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open.reversed()) {
            closeable.close();
        }
    }

    private McpSyncClient connect(ServerOptions options) throws Exception {
        HttpTransport http = HttpTransport.start(
                NpmMcpServer.withCatalog(
                        options, CATALOG, TestInstances.none(), AuditLog.open(auditDir, new Redactor()),
                        new Redactor()),
                new HttpSettings("127.0.0.1", 0, List.of(), Optional.of(TOKEN)),
                new PrintStream(OutputStream.nullOutputStream()));
        open.add(http);
        URI endpoint = http.endpoint();
        McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport
                        .builder("http://" + endpoint.getHost() + ":" + endpoint.getPort())
                        .endpoint(endpoint.getPath())
                        .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + TOKEN))
                        .build())
                .requestTimeout(Duration.ofSeconds(30))
                .build();
        open.add(client::closeGracefully);
        client.initialize();
        return client;
    }

    private static List<String> names(McpSyncClient client) {
        return client.listPrompts().prompts().stream().map(McpSchema.Prompt::name).toList();
    }

    private static String text(McpSchema.GetPromptResult result) {
        assertThat(result.messages()).singleElement().extracting(McpSchema.PromptMessage::role)
                .isEqualTo(McpSchema.Role.USER);
        return ((McpSchema.TextContent) result.messages().getFirst().content()).text();
    }

    @Test
    void shouldAnnounceAndListTheFourPromptsWithTheirArguments() throws Exception {
        McpSyncClient client = connect(ServerOptions.defaults());
        assertThat(client.getServerCapabilities().prompts()).isNotNull();
        assertThat(client.getServerCapabilities().prompts().listChanged()).isFalse();
        List<McpSchema.Prompt> prompts = client.listPrompts().prompts();
        assertThat(prompts).extracting(McpSchema.Prompt::name).containsExactlyInAnyOrder(
                "setup_proxy", "migrate_proxy", "npm_security_audit", "access_list_setup");
        McpSchema.Prompt migrate = prompts.stream().filter(p -> p.name().equals("migrate_proxy")).findFirst()
                .orElseThrow();
        assertThat(migrate.title()).isEqualTo("Migrate proxy hosts between instances");
        assertThat(migrate.arguments()).extracting(McpSchema.PromptArgument::name, McpSchema.PromptArgument::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("source_instance", true),
                        org.assertj.core.groups.Tuple.tuple("target_instance", true),
                        org.assertj.core.groups.Tuple.tuple("domain_pattern", false));
    }

    @Test
    void shouldRenderAPromptWithTheClientsArguments() throws Exception {
        McpSyncClient client = connect(ServerOptions.defaults());
        String text = text(client.getPrompt(new GetPromptRequest("setup_proxy", SETUP)));
        assertThat(text).startsWith("# Set up an NPM proxy host for app.example.net")
                .contains("npm_manage_proxy_host {\"operation\": \"create\", \"domain_names\": [\"app.example.net\"],"
                        + " \"forward_scheme\": \"http\", \"forward_host\": \"192.168.1.20\", \"forward_port\": 8080,"
                        + " \"block_exploits\": true}")
                .doesNotContain("Not available on this server");
    }

    @Test
    void shouldAnswerBadArgumentsWithAnErrorThatSaysWhatIsWrong() throws Exception {
        McpSyncClient client = connect(ServerOptions.defaults());
        assertThatThrownBy(() -> client.getPrompt(new GetPromptRequest("access_list_setup",
                Map.of("name", "LAN", "allowed_networks", "192.168.1.0/33"))))
                .isInstanceOfSatisfying(McpError.class, error -> {
                    assertThat(error.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
                    assertThat(error.getJsonRpcError().message()).contains(
                            "allowed_networks: '192.168.1.0/33' is not an IP address or CIDR range");
                });
        assertThatThrownBy(() -> client.getPrompt(new GetPromptRequest("setup_proxi", SETUP)))
                .isInstanceOf(McpError.class);
    }

    @Test
    void shouldSayOnAReadOnlyServerThatChangesAreRefused() throws Exception {
        McpSyncClient client = connect(new ServerOptions(Set.of(), true, false));
        assertThat(names(client)).hasSize(4);
        String text = text(client.getPrompt(new GetPromptRequest("setup_proxy", SETUP)));
        assertThat(text).contains("This server runs read-only (--read-only) and refuses every change.")
                .contains("npm_manage_proxy_host (refused: the server is read-only)")
                .doesNotContain("npm_manage_proxy_host {");
    }

    @Test
    void shouldListOnlyPromptsTheSelectedToolsetsCanServe() throws Exception {
        McpSyncClient client = connect(new ServerOptions(Set.of(Category.STREAM), false, false));
        assertThat(names(client)).containsExactly("npm_security_audit");
        assertThat(text(client.getPrompt(new GetPromptRequest("npm_security_audit", Map.of()))))
                .contains("npm_list_proxy_hosts (its category \"proxy_host\" is not in the server's --toolsets)");
    }

    @Test
    void shouldTellALazyClientWhichCategoriesToEnable() throws Exception {
        McpSyncClient client = connect(new ServerOptions(Set.of(), false, true));
        assertThat(text(client.getPrompt(new GetPromptRequest("access_list_setup", Map.of("name", "LAN")))))
                .contains("first call npm_enable_category for \"proxy_host\", \"access_list\"");
    }
}
