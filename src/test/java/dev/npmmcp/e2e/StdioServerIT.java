package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.BufferedReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The jar over stdio, driven by the SDK's client exactly as Claude Desktop or Cursor would run it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StdioServerIT {

    @TempDir
    static Path dir;

    private final RecordingJsonMapper stdout =
            new RecordingJsonMapper(new JacksonMcpJsonMapper(JsonMapper.builder().build()));
    private final List<String> stderr = new java.util.concurrent.CopyOnWriteArrayList<>();
    private McpSyncClient plain;
    private McpSyncClient lazy;
    private IsolatedServer isolated;

    private McpSyncClient start(List<String> serveArguments) {
        return isolated.stdio(serveArguments, stdout, stderr::add);
    }

    @BeforeAll
    void startServers() throws Exception {
        isolated = new IsolatedServer(dir);
        plain = start(McpHarness.SERVE);
        List<String> lazyArguments = new ArrayList<>(McpHarness.SERVE);
        lazyArguments.add("--lazy");
        lazy = start(lazyArguments);
    }

    @AfterAll
    void stopServers() {
        Stream.of(plain, lazy).filter(java.util.Objects::nonNull).forEach(McpSyncClient::closeGracefully);
    }

    @Test
    @Order(1)
    void shouldIntroduceItselfAsNpmMcp() {
        assertThat(plain.getServerInfo().name()).isEqualTo("npm-mcp");
        assertThat(plain.getServerInfo().version()).isNotBlank().doesNotContain("${");
        assertThat(plain.getServerInstructions()).contains("instance_name");
        assertThat(lazy.getServerInstructions()).contains("npm_enable_category");
        assertThat(lazy.getServerCapabilities().tools().listChanged()).isTrue();
    }

    @Test
    @Order(2)
    void shouldDescribeAndAnswerEveryListedTool() {
        McpHarness.assertEveryListedToolWorks(plain);
        McpHarness.assertEveryListedToolWorks(lazy);
    }

    @Test
    @Order(3)
    void shouldStartLazyWithOnlyTheCategoryTools() {
        assertThat(lazy.listTools().tools()).extracting(McpSchema.Tool::name)
                .containsExactlyInAnyOrder("npm_list_categories", "npm_enable_category", "npm_disable_category");
        assertThat(plain.listTools().tools()).extracting(McpSchema.Tool::name)
                .doesNotContain("npm_list_categories", "npm_enable_category", "npm_disable_category");
    }

    @Test
    @Order(4)
    void shouldAnswerBadArgumentsWithAToolErrorTheModelCanFix() {
        CallToolResult result = lazy.callTool(
                new CallToolRequest("npm_enable_category", Map.of("category", "proxy_host", "categroy", "x")));
        assertThat(result.isError()).isTrue();
        assertThat(McpHarness.text(result))
                .isEqualTo("npm_enable_category failed: Invalid arguments for npm_enable_category: unknown parameter"
                        + " 'categroy'.\nNext step: Valid parameters: category.");
    }

    @Test
    @Order(5)
    void shouldAnswerEveryRequestOfAClientThatClosesStdinRightAfterWriting() throws Exception {
        ProcessBuilder builder = isolated.process(McpHarness.SERVE);
        builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process server = builder.start();
        try (OutputStream stdin = server.getOutputStream()) {
            stdin.write(String.join("\n",
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                            + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"pipe\",\"version\":\"1\"}}}",
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
                            + "\"npm_list_streams\",\"arguments\":{}}}",
                    "").getBytes(StandardCharsets.UTF_8));
        }
        List<JsonNode> answers = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader stdout = server.inputReader(StandardCharsets.UTF_8)) {
            for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
                answers.add(json.readTree(line));
            }
        }
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("the server exits after stdin closes").isTrue();
        assertThat(server.exitValue()).isZero();
        assertThat(answers).extracting(answer -> answer.path("id").asInt()).containsExactly(1, 2);
        assertThat(answers.get(1).path("result").path("isError").asBoolean()).isFalse();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void shouldWriteNothingButJsonRpcOnStdout() throws Exception {
        List<String> lines = stdout.parsedTexts();
        assertThat(lines).as("stdout lines seen").hasSizeGreaterThan(5);
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode message = json.readTree(line);
            assertThat(message.path("jsonrpc").asText()).as("line %s", line).isEqualTo("2.0");
            assertThat(message.has("result") || message.has("error") || message.has("method"))
                    .as("line %s", line).isTrue();
        }
        assertThat(stderr).as("the server logs on stderr").isNotEmpty();
    }
}
