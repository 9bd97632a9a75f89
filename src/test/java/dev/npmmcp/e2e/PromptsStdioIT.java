package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.npmmcp.prompt.Prompt;
import dev.npmmcp.prompt.PromptCatalog;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** prompts/list and prompts/get against the jar over stdio, plain and read-only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PromptsStdioIT {

    private McpSyncClient plain;
    private McpSyncClient readOnly;

    private static McpSyncClient start(List<String> serveArguments) {
        List<String> command = McpHarness.command(serveArguments);
        StdioClientTransport transport = new StdioClientTransport(
                ServerParameters.builder(command.getFirst()).args(command.subList(1, command.size())).build(),
                new JacksonMcpJsonMapper(JsonMapper.builder().build()));
        transport.setStdErrorHandler(line -> {});
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
        client.initialize();
        return client;
    }

    @BeforeAll
    void startServers() {
        plain = start(McpHarness.SERVE);
        List<String> arguments = new ArrayList<>(McpHarness.SERVE);
        arguments.add("--read-only");
        readOnly = start(arguments);
    }

    @AfterAll
    void stopServers() {
        Stream.of(plain, readOnly).filter(Objects::nonNull).forEach(McpSyncClient::closeGracefully);
    }

    /** What the jar should list: each prompt with a core tool among the tools it lists. */
    private static Set<String> expectedPrompts(McpSyncClient client) {
        Set<String> tools = client.listTools().tools().stream().map(McpSchema.Tool::name).collect(Collectors.toSet());
        return PromptCatalog.standard().prompts().stream()
                .filter(prompt -> prompt.tools().core().stream().anyMatch(tools::contains))
                .map(Prompt::name)
                .collect(Collectors.toSet());
    }

    private static String text(McpSchema.GetPromptResult result) {
        return ((McpSchema.TextContent) result.messages().getFirst().content()).text();
    }

    @Test
    void shouldListThePromptsWhoseToolsTheServerOffers() {
        assertThat(plain.getServerCapabilities().prompts()).isNotNull();
        List<McpSchema.Prompt> prompts = plain.listPrompts().prompts();
        assertThat(prompts).extracting(McpSchema.Prompt::name)
                .containsExactlyInAnyOrderElementsOf(expectedPrompts(plain))
                .containsExactlyInAnyOrder("setup_proxy", "migrate_proxy", "npm_security_audit", "access_list_setup");
        assertThat(prompts).allSatisfy(prompt -> {
            assertThat(prompt.description()).isNotBlank();
            assertThat(prompt.arguments()).allSatisfy(a -> assertThat(a.description()).isNotBlank());
        });
        assertThat(readOnly.listPrompts().prompts()).extracting(McpSchema.Prompt::name)
                .containsExactlyInAnyOrderElementsOf(expectedPrompts(readOnly));
    }

    @Test
    void shouldRenderTheAuditWithToolsTheServerLists() {
        McpSchema.GetPromptResult result =
                plain.getPrompt(new GetPromptRequest("npm_security_audit", Map.of("instance_name", "demo")));
        assertThat(result.messages()).singleElement().extracting(McpSchema.PromptMessage::role)
                .isEqualTo(McpSchema.Role.USER);
        String text = text(result);
        assertThat(text).startsWith("# Security audit of NPM instance \"demo\"")
                .contains("npm_list_certificates {\"instance_name\": \"demo\"}");
        Set<String> listed = plain.listTools().tools().stream().map(McpSchema.Tool::name).collect(Collectors.toSet());
        List<String> called = Pattern.compile("\\b(npm_[a-z_]+) \\{").matcher(text).results()
                .map(match -> match.group(1)).distinct().toList();
        assertThat(called).isNotEmpty().allSatisfy(tool -> assertThat(listed.contains(tool)
                        || text.contains(tool + " (not part of this server)"))
                .as("%s is listed, or the text says it is missing", tool).isTrue());
    }

    @Test
    void shouldFindEveryToolItsPromptsNameOnAFullServer() {
        Map<String, Map<String, Object>> samples = Map.of(
                "setup_proxy", Map.of("domain", "new.example.net", "forward_host", "10.0.0.9", "forward_port", "80"),
                "migrate_proxy", Map.of("source_instance", "demo", "target_instance", "other"),
                "npm_security_audit", Map.of(),
                "access_list_setup", Map.of("name", "LAN", "allowed_networks", "10.0.0.0/8", "users", "alice"));
        samples.forEach((name, arguments) -> assertThat(text(plain.getPrompt(new GetPromptRequest(name, arguments))))
                .as(name)
                .doesNotContain("Not available on this server"));
    }

    @Test
    void shouldAnswerBadArgumentsWithInvalidParams() {
        assertThatThrownBy(() -> plain.getPrompt(
                new GetPromptRequest("npm_security_audit", Map.of("instance_name", "two words"))))
                .isInstanceOfSatisfying(McpError.class, error -> {
                    assertThat(error.getJsonRpcError().code()).isEqualTo(McpSchema.ErrorCodes.INVALID_PARAMS);
                    assertThat(error.getJsonRpcError().message())
                            .contains("instance_name 'two words' is not an instance name");
                });
    }

    @Test
    void shouldSayInReadOnlyModeThatFixesNeedAnotherServer() {
        assertThat(text(readOnly.getPrompt(new GetPromptRequest("npm_security_audit", Map.of()))))
                .contains("This server runs read-only (--read-only) and refuses every change.");
    }
}
