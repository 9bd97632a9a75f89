package dev.npmmcp.instance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.testing.ToolFixture;
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
        return tools.callJson(InstanceTools.tools(registry).stream()
                .filter(t -> t.name().equals(toolName))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no instance tool " + toolName)), arguments);
    }
}
