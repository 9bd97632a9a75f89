package dev.npmmcp.prompt;

import java.util.List;
import java.util.Map;

/**
 * One MCP prompt, free of any MCP SDK type (the {@code mcp} package adapts it). Like a tool's input, the arguments are
 * a record: each component is an argument (snake_case name, description from {@code @JsonPropertyDescription},
 * required unless {@code Optional}), so what the client lists and what {@link #render} receives cannot drift apart.
 *
 * @param <A> the arguments record
 */
public interface Prompt<A extends Record> {

    PromptSpec<A> spec();

    default String name() {
        return spec().name();
    }

    default String title() {
        return spec().title();
    }

    default String description() {
        return spec().description();
    }

    default Class<A> argumentsType() {
        return spec().argumentsType();
    }

    default PromptTools tools() {
        return spec().tools();
    }

    /**
     * The messages that start the conversation. The text names only tools this server offers and says what is missing
     * or refused here, so the assistant never plans around a tool it cannot call.
     */
    List<PromptMessage> render(A arguments, ToolAvailability availability);

    /** prompts/get: binds the client's string arguments, then renders; a {@link PromptFailure} if they do not fit. */
    default List<PromptMessage> get(Map<String, ?> arguments, ToolAvailability availability) {
        return render(PromptArguments.bind(name(), argumentsType(), arguments), availability);
    }

    default List<PromptArgument> arguments() {
        return PromptArguments.describe(argumentsType());
    }
}
