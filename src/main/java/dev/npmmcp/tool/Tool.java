package dev.npmmcp.tool;

import java.util.Optional;

/**
 * One MCP tool, free of any MCP SDK type (the {@code mcp} package adapts it). Input and output are records: the input
 * schema (with {@code additionalProperties: false}) and the output schema are generated from them, so a change to what
 * the LLM sees is a change to a record, and shows in the schema snapshots.
 *
 * @param <I> the input record; {@code Optional} components are optional parameters
 * @param <O> the output record, sent as {@code structuredContent}
 */
public interface Tool<I extends Record, O extends Record> {

    /** The name the LLM calls, {@code npm_...}. */
    String name();

    /** What it does, when to use it, and what it changes, written for an LLM. */
    String description();

    Category category();

    ToolHints hints();

    Class<I> inputType();

    Class<O> outputType();

    /**
     * Runs the tool. Throws {@link ToolFailure} (or an NPM API error) for what the LLM can act on; anything else is a
     * bug.
     */
    O call(ToolContext context, I input);

    /** A short text rendering for clients that ignore structured content; empty means "render the JSON". */
    default Optional<String> render(O output) {
        return Optional.empty();
    }
}
