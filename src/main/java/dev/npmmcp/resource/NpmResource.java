package dev.npmmcp.resource;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code npm://} URI template: its MCP description and how to read it. {@code tool} is the read tool whose output
 * it shows; the server lists the template only where that tool's category is available (--toolsets). {@code ids}
 * says where the values of its {@code {id}} variable are listed, for reading one entry and for completing the id.
 */
public record NpmResource(String uriTemplate, String name, String title, String description, String tool,
        Optional<IdList> ids, Reader reader) {

    public static final String MIME_TYPE = "application/json";

    /** A read tool whose output lists objects under {@code field}; {@code arguments} go with the instance name. */
    public record IdList(String tool, String field, Map<String, Object> arguments) {}

    /** Reads the resource from the template's variables (e.g. instance, id). */
    @FunctionalInterface
    public interface Reader {
        JsonNode read(Map<String, String> variables, ToolReader tools);
    }

    public JsonNode read(Map<String, String> variables, ToolReader tools) {
        return reader.read(variables, tools);
    }
}
