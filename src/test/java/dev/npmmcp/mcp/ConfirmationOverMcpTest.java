package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.security.AuditLog;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.Category;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ClientCapabilities;
import io.modelcontextprotocol.spec.McpSchema.ElicitFormRequest;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Destructive calls over a real MCP session: clients that declare elicitation are asked, through their user, and the
 * answer decides; clients that do not fall back to the confirm argument. The audit log sees every outcome.
 */
class ConfirmationOverMcpTest {

    private static final String TOKEN = "test-token-0123456789";

    @TempDir
    Path auditDir;

    private final DeleteFixtureTool tool = new DeleteFixtureTool();
    /** The server's Redactor, holding what the registry would register: here one password. */
    private final Redactor redactor = new Redactor();
    private final List<ElicitFormRequest> questions = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open.reversed()) {
            closeable.close();
        }
    }

    private URI start() throws Exception {
        var instances = TestInstances.none();
        ToolCatalog catalog = ToolCatalog.standard(instances)
                .including(List.of(tool, FixtureTool.reading("npm_list_things", Category.PROXY_HOST)));
        HttpTransport http = HttpTransport.start(
                NpmMcpServer.withCatalog(ServerOptions.defaults(), catalog, instances, AuditLog.open(auditDir, new Redactor()), redactor),
                new HttpSettings("127.0.0.1", 0, List.of(), Optional.of(TOKEN)),
                new PrintStream(OutputStream.nullOutputStream()));
        open.add(http);
        return http.endpoint();
    }

    private McpClient.SyncSpec client(URI endpoint) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://" + endpoint.getHost() + ":" + endpoint.getPort())
                .endpoint(endpoint.getPath())
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + TOKEN))
                .build();
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30));
    }

    /** A client whose user answers every question with {@code user}. */
    private McpSyncClient answering(Function<ElicitFormRequest, ElicitResult> user) throws Exception {
        McpSyncClient client = client(start())
                .capabilities(ClientCapabilities.builder().elicitation(true, false).build())
                .elicitation(request -> {
                    questions.add(request);
                    return user.apply(request);
                })
                .build();
        return initialized(client);
    }

    private McpSyncClient withoutElicitation() throws Exception {
        return initialized(client(start()).build());
    }

    private McpSyncClient initialized(McpSyncClient client) {
        open.add(client::closeGracefully);
        client.initialize();
        return client;
    }

    private static ElicitResult answer(ElicitResult.Action action, Map<String, Object> content) {
        return new ElicitResult(action, content);
    }

    private static CallToolResult delete(McpSyncClient client, Map<String, Object> arguments) {
        return client.callTool(new CallToolRequest(DeleteFixtureTool.NAME, arguments));
    }

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().getFirst()).text();
    }

    private List<String> auditLines() throws IOException {
        return Files.readAllLines(auditDir.resolve(AuditLog.FILE_NAME));
    }

    @Test
    void shouldAskTheUserWithAYesNoFormAndDeleteWhenTheyAccept() throws Exception {
        McpSyncClient client =
                answering(request -> answer(ElicitResult.Action.ACCEPT, Map.of(ElicitedConfirmation.FIELD, true)));

        CallToolResult result = delete(client, Map.of("host_id", 7));

        assertThat(result.isError()).as(String.valueOf(result.content())).isFalse();
        assertThat(tool.deletions).hasValue(1);
        assertThat(questions).singleElement().satisfies(question -> {
            assertThat(question.message()).isEqualTo("npm-mcp is about to delete proxy host 7 on 'home'. This is"
                    + " destructive and npm-mcp cannot undo it. Go ahead?");
            assertThat(question.requestedSchema()).containsEntry("required", List.of("confirm"));
            assertThat(question.requestedSchema().get("properties"))
                    .isEqualTo(Map.of("confirm", Map.of("type", "boolean", "title", "Confirm",
                            "description", "Yes, delete proxy host 7 on 'home'")));
        });
        assertThat(auditLines()).singleElement().asString().contains("\"outcome\":\"ok\"");
    }

    @Test
    void shouldRedactTheQuestionLikeAResult() throws Exception {
        String password = "hunter2-top-secret";
        redactor.register(password);
        McpSyncClient client =
                answering(request -> answer(ElicitResult.Action.ACCEPT, Map.of(ElicitedConfirmation.FIELD, true)));

        // the action is built from the arguments, so a secret in them would reach the question
        CallToolResult result = delete(client, Map.of("host_id", 7, "instance_name", "lab-" + password));

        assertThat(result.isError()).as(String.valueOf(result.content())).isFalse();
        assertThat(questions).singleElement().satisfies(question -> {
            assertThat(question.message()).contains("delete proxy host 7 on 'lab-" + Redactor.MASK + "'")
                    .doesNotContain(password);
            assertThat(question.requestedSchema().toString()).contains("lab-" + Redactor.MASK)
                    .doesNotContain(password);
        });
    }

    @Test
    void shouldChangeNothingWhenTheUserDeclines() throws Exception {
        McpSyncClient client = answering(request -> answer(ElicitResult.Action.DECLINE, null));

        CallToolResult result = delete(client, Map.of("host_id", 7));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("Not done: the user declined to delete proxy host 7 on 'home'.");
        assertThat(tool.deletions).hasValue(0);
        assertThat(auditLines()).singleElement().asString().contains("\"outcome\":\"refused\"");
    }

    @Test
    void shouldTreatACancelledQuestionAsNo() throws Exception {
        McpSyncClient client = answering(request -> answer(ElicitResult.Action.CANCEL, null));

        assertThat(text(delete(client, Map.of("host_id", 7)))).contains("the user declined");
        assertThat(tool.deletions).hasValue(0);
    }

    @Test
    void shouldTreatAnAcceptedFormWithoutYesAsNo() throws Exception {
        McpSyncClient client =
                answering(request -> answer(ElicitResult.Action.ACCEPT, Map.of(ElicitedConfirmation.FIELD, false)));

        assertThat(delete(client, Map.of("host_id", 7)).isError()).isTrue();
        assertThat(tool.deletions).hasValue(0);
    }

    @Test
    void shouldStillAskTheUserWhenTheModelPassesConfirmTrue() throws Exception {
        McpSyncClient client = answering(request -> answer(ElicitResult.Action.DECLINE, null));

        CallToolResult result = delete(client, Map.of("host_id", 7, "confirm", true));

        // the model's flag cannot overrule the user: a declined question would otherwise be one retry away
        assertThat(result.isError()).isTrue();
        assertThat(questions).hasSize(1);
        assertThat(tool.deletions).hasValue(0);
    }

    @Test
    void shouldAskForTheConfirmArgumentWhenTheClientCannotAskItsUser() throws Exception {
        McpSyncClient client = withoutElicitation();

        CallToolResult refused = delete(client, Map.of("host_id", 7));
        assertThat(refused.isError()).isTrue();
        assertThat(text(refused)).contains("needs the user's confirmation").contains("call again with confirm: true");
        assertThat(tool.deletions).hasValue(0);

        assertThat(delete(client, Map.of("host_id", 7, "confirm", true)).isError()).isFalse();
        assertThat(tool.deletions).hasValue(1);
        assertThat(auditLines()).hasSize(2);
        assertThat(auditLines().get(0)).contains("\"outcome\":\"refused\"");
        assertThat(auditLines().get(1)).contains("\"outcome\":\"ok\"");
    }

    @Test
    void shouldAuditWritesButNotReadsAndNeverTheSecretsInTheArguments() throws Exception {
        McpSyncClient client = withoutElicitation();

        assertThat(client.callTool(new CallToolRequest("npm_list_things", Map.of("text", "x"))).isError()).isFalse();
        delete(client, Map.of("instance_name", "office", "host_id", 9, "password", "hunter2-top-secret",
                "confirm", true));

        assertThat(auditLines()).singleElement().asString()
                .contains("\"instance\":\"office\"", "\"tool\":\"npm_delete_fixture\"", "\"target\":\"host_id=9\"",
                        "\"outcome\":\"ok\"", "\"message\":\"Deleted proxy host 9.\"")
                .doesNotContain("hunter2");
    }
}
