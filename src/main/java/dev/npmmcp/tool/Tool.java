package dev.npmmcp.tool;

import java.util.Optional;

/**
 * One MCP tool, free of any MCP SDK type (the {@code mcp} package adapts it): a {@link ToolSpec} that declares it, and
 * its handler. Input and output are records: the input schema (with {@code additionalProperties: false}) and the
 * output schema are generated from them, so a change to what the LLM sees is a change to a record, and shows in the
 * schema snapshots.
 *
 * @param <I> the input record; {@code Optional} components are optional parameters
 * @param <O> the output record, sent as {@code structuredContent}
 */
public interface Tool<I extends Record, O extends Record> {

    ToolSpec<I, O> spec();

    /**
     * Runs the tool. Throws {@link ToolFailure} (or an NPM API error) for what the LLM can act on; anything else is a
     * bug.
     */
    O call(ToolContext context, I input);

    /** A short text rendering for clients that ignore structured content; empty means "render the JSON". */
    default Optional<String> render(O output) {
        return Optional.empty();
    }

    default String name() {
        return spec().name();
    }

    default String description() {
        return spec().description();
    }

    default Category category() {
        return spec().category();
    }

    default ToolHints hints() {
        return spec().hints();
    }

    default Class<I> inputType() {
        return spec().input();
    }

    default Class<O> outputType() {
        return spec().output();
    }
}
