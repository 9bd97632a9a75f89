package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.npm.NpmNotFoundException;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolJson;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolAdapterTest {

    private final ToolAdapter writable = new ToolAdapter(ToolJson.newMapper(), new ServerToolContext(false, TestInstances.none()));
    private final ToolAdapter readOnly = new ToolAdapter(ToolJson.newMapper(), new ServerToolContext(true, TestInstances.none()));

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().getFirst()).text();
    }

    @Test
    void shouldAnswerWithStructuredContentAndAShortText() {
        CallToolResult result = writable.call(FixtureTool.reading("npm_echo", Category.SYSTEM), Map.of("text", "hi"));
        assertThat(result.isError()).isFalse();
        assertThat(result.structuredContent()).isEqualTo(Map.of("text", "hi"));
        assertThat(text(result)).isEqualTo("{\"text\":\"hi\"}");
    }

    @Test
    void shouldRefuseWritesInReadOnlyModeWithoutRunningTheTool() {
        FixtureTool write = FixtureTool.writing("npm_write", Category.PROXY_HOST);
        CallToolResult result = readOnly.call(write, Map.of("text", "x"));
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("npm_write failed: Refused to run npm_write: the server runs in"
                + " read-only mode.\nNext step: ");
        assertThat(write.calls).hasValue(0);
    }

    @Test
    void shouldLetReadsThroughInReadOnlyMode() {
        CallToolResult result = readOnly.call(FixtureTool.reading("npm_read", Category.SYSTEM), Map.of("text", "x"));
        assertThat(result.isError()).isFalse();
    }

    @Test
    void shouldTurnAToolFailureIntoAnErrorResultWithTheNextStep() {
        FixtureTool failing = new FixtureTool("npm_get_thing", Category.PROXY_HOST, ToolHints.reading(), echo -> {
            throw new ToolFailure("Instance 'home': proxy host 9 does not exist.", "Call npm_list_proxy_hosts.");
        });
        CallToolResult result = writable.call(failing, Map.of("text", "x"));
        assertThat(result.isError()).isTrue();
        assertThat(result.structuredContent()).isNull();
        assertThat(text(result)).isEqualTo("npm_get_thing failed: Instance 'home': proxy host 9 does not exist."
                + "\nNext step: Call npm_list_proxy_hosts.");
    }

    @Test
    void shouldTurnAnNpmErrorIntoAnErrorResultNamingInstanceAndOperation() {
        FixtureTool failing = new FixtureTool("npm_get_proxy_host", Category.PROXY_HOST, ToolHints.reading(), echo -> {
            throw new NpmNotFoundException("home", "getProxyHost", 404, "Not Found",
                    "Call npm_list_proxy_hosts to see the ids that exist.");
        });
        CallToolResult result = writable.call(failing, Map.of("text", "x"));
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("npm_get_proxy_host failed: NPM instance 'home', getProxyHost: HTTP 404:"
                + " Not Found\nNext step: Call npm_list_proxy_hosts to see the ids that exist.");
    }

    @Test
    void shouldTurnBadArgumentsIntoAnErrorResult() {
        CallToolResult result = writable.call(FixtureTool.reading("npm_echo", Category.SYSTEM), null);
        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("missing required parameter 'text'");
    }

    @Test
    void shouldThrowWhatIsABug() {
        FixtureTool buggy = new FixtureTool("npm_buggy", Category.SYSTEM, ToolHints.reading(), echo -> {
            throw new IllegalStateException("broken invariant");
        });
        assertThatThrownBy(() -> writable.call(buggy, Map.of("text", "x"))).hasMessage("broken invariant");
    }

    @Test
    void shouldStateEveryAnnotationExplicitly() {
        ToolAnnotations annotations =
                ToolAdapter.definition(FixtureTool.writing("npm_write", Category.PROXY_HOST)).annotations();
        assertThat(annotations.readOnlyHint()).isFalse();
        assertThat(annotations.destructiveHint()).isTrue();
        assertThat(annotations.idempotentHint()).isFalse();
        assertThat(annotations.openWorldHint()).isTrue();
    }
}
