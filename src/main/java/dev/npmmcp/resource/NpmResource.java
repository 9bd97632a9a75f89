package dev.npmmcp.resource;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One {@code npm://} URI template: its MCP description and how to read it. {@code tool} is the read tool whose output
 * it shows; the server lists the template only where that tool's category is available (--toolsets).
 */
public record NpmResource(String uriTemplate, String name, String title, String description, String tool, Reader reader) {

    public static final String MIME_TYPE = "application/json";

    /** Reads the resource from the template's variables (e.g. instance, id). */
    @FunctionalInterface
    public interface Reader {
        JsonNode read(Map<String, String> variables, ToolReader tools);
    }

    public JsonNode read(Map<String, String> variables, ToolReader tools) {
        return reader.read(variables, tools);
    }
}
