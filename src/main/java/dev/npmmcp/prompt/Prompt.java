package dev.npmmcp.prompt;

import java.util.List;
import java.util.Map;

/**
 * One MCP prompt, free of any MCP SDK type (the {@code mcp} package adapts it): the {@link PromptSpec} its constructor
 * declares, and its rendering. Like a tool's input, the arguments are a record: each component is an argument
 * (snake_case name, description from {@code @JsonPropertyDescription}, required unless {@code Optional}), so what the
 * client lists and what {@link #render} receives cannot drift apart.
 *
 * @param <A> the arguments record
 */
public abstract class Prompt<A extends Record> {

    private final PromptSpec<A> spec;

    protected Prompt(PromptSpec<A> spec) {
        this.spec = spec;
    }

    public final String name() {
        return spec.name();
    }

    public final String title() {
        return spec.title();
    }

    public final String description() {
        return spec.description();
    }

    public final Class<A> argumentsType() {
        return spec.argumentsType();
    }

    public final PromptTools tools() {
        return spec.tools();
    }

    /**
     * The messages that start the conversation. The text names only tools this server offers and says what is missing
     * or refused here, so the assistant never plans around a tool it cannot call.
     */
    public abstract List<PromptMessage> render(A arguments, ToolAvailability availability);

    /** prompts/get: binds the client's string arguments, then renders; a {@link PromptFailure} if they do not fit. */
    public final List<PromptMessage> get(Map<String, ?> arguments, ToolAvailability availability) {
        return render(PromptArguments.bind(name(), argumentsType(), arguments), availability);
    }

    public final List<PromptArgument> arguments() {
        return PromptArguments.describe(argumentsType());
    }
}
