package dev.npmmcp.instance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.Tool;
import java.util.Map;

/** The instance tools called by name over a registry a test built, the way the server calls them. */
final class ToolHarness {

    private final InstanceRegistry registry;
    private final ToolFixture tools;

    ToolHarness(InstanceRegistry registry) {
        this.registry = registry;
        this.tools = ToolFixture.over(registry);
    }

    JsonNode call(String toolName, Map<String, ?> arguments) {
        return tools.callJson(tool(toolName), arguments);
    }

    /** What the client shows and the LLM reads. */
    String text(String toolName, Map<String, ?> arguments) {
        return tools.callText(tool(toolName), arguments);
    }

    private Tool<?, ?> tool(String toolName) {
        return InstanceTools.tools(registry).stream()
                .filter(t -> t.name().equals(toolName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no instance tool " + toolName));
    }
}
