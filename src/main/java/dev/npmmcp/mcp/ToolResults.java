package dev.npmmcp.mcp;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.List;
import java.util.Map;

/**
 * The two kinds of outcome the LLM sees. Success: the output record as structuredContent plus a short text for clients
 * that ignore it. Failure it can act on: an isError result saying what failed, where, and what to do next. Anything
 * else is a bug and is thrown, to become a JSON-RPC error.
 */
final class ToolResults {

    private ToolResults() {}

    static CallToolResult success(Map<String, Object> structured, String text) {
        return CallToolResult.builder()
                .structuredContent(structured)
                .content(List.of(new TextContent(text)))
                .isError(false)
                .build();
    }

    /** {@code what} failed, on which instance, and the {@code hint} for what to do next; both already redacted. */
    static CallToolResult failure(String toolName, String what, String hint) {
        String text = toolName + " failed: " + what + "\nNext step: " + hint;
        return CallToolResult.builder()
                .content(List.of(new TextContent(text)))
                .isError(true)
                .build();
    }
}
