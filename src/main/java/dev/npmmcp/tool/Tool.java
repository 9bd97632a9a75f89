package dev.npmmcp.tool;

import java.util.Optional;

/**
 * One MCP tool, free of any MCP SDK type (the {@code mcp} package adapts it): the {@link ToolSpec} its constructor
 * declares, and its handler. Input and output are records: the input schemas (the advertised one, and the closed one
 * arguments are bound against) and the output schema are generated from them, so a change to what the LLM sees is a
 * change to a record, and shows in the schema snapshots.
 *
 * @param <I> the input record; {@code Optional} components are optional parameters
 * @param <O> the output record, sent as {@code structuredContent}
 */
public abstract class Tool<I extends Record, O extends Record> {

    private final ToolSpec<I, O> spec;

    protected Tool(ToolSpec<I, O> spec) {
        this.spec = spec;
    }

    /**
     * Runs the tool. Throws {@link ToolFailure} (or an NPM API error) for what the LLM can act on; anything else is a
     * bug.
     */
    public abstract O call(ToolContext context, I input);

    /** A short text rendering for clients that ignore structured content; empty means "render the JSON". */
    public Optional<String> render(O output) {
        return Optional.empty();
    }

    public final ToolSpec<I, O> spec() {
        return spec;
    }

    public final String name() {
        return spec.name();
    }

    public final String description() {
        return spec.description();
    }

    public final Category category() {
        return spec.category();
    }

    public final ToolHints hints() {
        return spec.hints();
    }

    public final Class<I> inputType() {
        return spec.input();
    }

    public final Class<O> outputType() {
        return spec.output();
    }
}
