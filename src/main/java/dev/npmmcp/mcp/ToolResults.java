package dev.npmmcp.mcp;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The two kinds of outcome the LLM sees. Success: the output record as structuredContent plus a short text for clients
 * that ignore it. Failure it can act on: an isError result saying what failed, where, and what to do next. Anything
 * else is a bug and is thrown, to become a JSON-RPC error.
 */
final class ToolResults {

    private ToolResults() {}

    /**
     * @param notices what the server did to recover from NPM losing an answer (a create looked up instead of sent
     *     twice): the LLM must know, so each is a text block of its own
     */
    static CallToolResult success(Map<String, Object> structured, String text, List<String> notices) {
        return CallToolResult.builder()
                .structuredContent(structured)
                .content(content(text, notices))
                .isError(false)
                .build();
    }

    /** {@code what} failed, on which instance, and the {@code hint} for what to do next; both already redacted. */
    static CallToolResult failure(String toolName, String what, String hint, List<String> notices) {
        String text = toolName + " failed: " + what + "\nNext step: " + hint;
        return CallToolResult.builder()
                .content(content(text, notices))
                .isError(true)
                .build();
    }

    private static List<McpSchema.Content> content(String text, List<String> notices) {
        List<McpSchema.Content> blocks = new ArrayList<>();
        blocks.add(new TextContent(text));
        notices.forEach(notice -> blocks.add(new TextContent("Note: " + notice)));
        return blocks;
    }
}
