package dev.npmmcp.mcp;

import dev.npmmcp.prompt.Prompt;
import dev.npmmcp.prompt.PromptArgument;
import dev.npmmcp.prompt.PromptCatalog;
import dev.npmmcp.prompt.PromptFailure;
import dev.npmmcp.prompt.PromptMessage;
import dev.npmmcp.prompt.ToolAvailability;
import dev.npmmcp.prompt.ToolStatus;
import dev.npmmcp.tool.Tool;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adapts the SDK-free prompts to the SDK. What a prompt may rely on is decided once, from the catalog and the server's
 * options, the way {@link LiveToolset} decides which tools to register: a category outside --toolsets, or a write tool
 * in read-only mode, is unavailable; in lazy mode a tool counts as available, since the assistant can enable its
 * category.
 */
final class PromptAdapter {

    private PromptAdapter() {}

    static ToolAvailability availability(ToolCatalog features, ServerOptions options) {
        Map<String, ToolStatus> statuses = new HashMap<>();
        for (Tool<?, ?> tool : features.tools()) {
            statuses.put(tool.name(), status(tool, options));
        }
        return new ToolAvailability(statuses, options.readOnly(), options.lazy());
    }

    private static ToolStatus status(Tool<?, ?> tool, ServerOptions options) {
        if (!options.available(tool.category())) {
            return new ToolStatus.OutsideToolsets(tool.category());
        }
        if (options.readOnly() && !tool.hints().readOnly()) {
            return new ToolStatus.RefusedReadOnly(tool.category());
        }
        return new ToolStatus.Ready(tool.category());
    }

    /** The prompts to register: those with a core tool this server can run. */
    static List<SyncPromptSpecification> specifications(PromptCatalog prompts, ToolAvailability availability) {
        return prompts.offered(availability).stream()
                .map(prompt -> new SyncPromptSpecification(
                        definition(prompt), (exchange, request) -> get(prompt, request.arguments(), availability)))
                .toList();
    }

    static McpSchema.Prompt definition(Prompt<?> prompt) {
        List<McpSchema.PromptArgument> arguments = prompt.arguments().stream()
                .map(PromptAdapter::argument)
                .toList();
        return new McpSchema.Prompt(prompt.name(), prompt.title(), prompt.description(), arguments);
    }

    private static McpSchema.PromptArgument argument(PromptArgument argument) {
        return new McpSchema.PromptArgument(argument.name(), argument.description(), argument.required());
    }

    /** prompts/get; arguments the prompt cannot take are the client's mistake, so an invalid-params error. */
    static GetPromptResult get(Prompt<?> prompt, Map<String, Object> arguments, ToolAvailability availability) {
        try {
            List<McpSchema.PromptMessage> messages =
                    prompt.get(arguments == null ? Map.of() : arguments, availability).stream()
                            .map(PromptAdapter::message)
                            .toList();
            return new GetPromptResult(prompt.description(), messages);
        } catch (PromptFailure failure) {
            throw McpError.builder(McpSchema.ErrorCodes.INVALID_PARAMS)
                    .message(failure.getMessage() + " " + failure.hint())
                    .build();
        }
    }

    private static McpSchema.PromptMessage message(PromptMessage message) {
        McpSchema.Role role = switch (message.role()) {
            case USER -> McpSchema.Role.USER;
            case ASSISTANT -> McpSchema.Role.ASSISTANT;
        };
        return new McpSchema.PromptMessage(role, new McpSchema.TextContent(message.text()));
    }
}
