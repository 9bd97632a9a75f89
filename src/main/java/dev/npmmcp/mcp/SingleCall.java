package dev.npmmcp.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.security.AuditLog;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolJson;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One tool call without a client, for {@code npm-mcp call}: the same {@link ToolAdapter} the server uses (argument
 * binding, read-only guard, confirmation, redaction, write audit), so a script sees exactly what an LLM would. The
 * person at the terminal is the user: {@code --confirm} is their agreement, and a tool's own {@code confirm} argument
 * does not stand in for it.
 */
public final class SingleCall {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    /**
     * What the call gave back, already redacted.
     *
     * @param failed the tool reported an error (isError), or the call could not be made
     * @param text the text content a client shows
     * @param structured the structuredContent as JSON, on success
     */
    public record Outcome(boolean failed, String text, Optional<String> structured) {}

    /**
     * @param tool the tool's name
     * @param argumentsJson its arguments, one JSON object; blank means none
     * @param instance fills {@code instance_name} unless the arguments name one
     * @param confirmed the user agreed up front to whatever destructive step the call takes
     */
    public record Request(String tool, String argumentsJson, Optional<String> instance, boolean confirmed) {}

    private SingleCall() {}

    /** Runs the request's tool as the server over {@code instances} with {@code options} would. */
    public static Outcome run(
            ServerOptions options, InstanceRegistry instances, AuditLog audit, Redactor redactor, Request request) {
        String toolName = request.tool();
        ObjectMapper mapper = ToolJson.newMapper();
        ToolCatalog catalog = ToolCatalog.standard(instances);
        Optional<Tool<?, ?>> found = catalog.byName(toolName)
                .filter(tool -> options.available(tool.category()))
                .filter(tool -> !options.readOnly() || tool.hints().readOnly());
        if (found.isEmpty()) {
            String known = catalog.tools().stream()
                    .filter(tool -> options.available(tool.category()))
                    .filter(tool -> !options.readOnly() || tool.hints().readOnly())
                    .map(Tool::name).collect(Collectors.joining(", "));
            return new Outcome(true, "There is no tool '" + toolName + "' here.\nNext step: use one of " + known
                    + " (npm-mcp tools describes them).", Optional.empty());
        }
        Map<String, Object> arguments;
        try {
            String json = request.argumentsJson().strip();
            Map<String, Object> given = json.isEmpty() ? Map.of() : mapper.readValue(json, OBJECT);
            arguments = new LinkedHashMap<>(given == null ? Map.of() : given);
        } catch (JsonProcessingException e) {
            return new Outcome(true, "The arguments are not a JSON object: " + e.getOriginalMessage()
                    + "\nNext step: pass one object, e.g. '{\"instance_name\": \"home\"}'.", Optional.empty());
        }
        request.instance().ifPresent(name -> arguments.putIfAbsent("instance_name", name));
        UserConfirmation user = request.confirmed() ? action -> UserConfirmation.Answer.AGREED : action -> {
            throw new ToolFailure("Not done: " + action + " needs the user's confirmation.",
                    "Nothing was changed. Run the same command again with --confirm to agree to it.");
        };
        ToolAdapter adapter = new ToolAdapter(mapper,
                asked -> new ServerToolContext(options.readOnly(), instances, asked), WriteAudit.to(audit), redactor);
        CallToolResult result;
        try {
            result = adapter.call(found.get(), arguments, user);
        } catch (ToolAdapter.ToolBug bug) {
            return new Outcome(true, toolName + " failed with an internal error: " + bug.getMessage()
                    + "\nNext step: report it with the log lines above.", Optional.empty());
        }
        String text = result.content().stream()
                .filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                .collect(Collectors.joining("\n"));
        Optional<String> structured = Optional.ofNullable(result.structuredContent()).map(content -> {
            try {
                return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(content);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot render a tool result as JSON", e);
            }
        });
        return new Outcome(Boolean.TRUE.equals(result.isError()), text, structured);
    }
}
