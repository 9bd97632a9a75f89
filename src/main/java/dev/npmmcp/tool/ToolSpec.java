package dev.npmmcp.tool;

import java.util.Objects;

/**
 * Everything a tool declares about itself, in one record: what the LLM calls it, what it reads about it, which
 * toolset it belongs to, what clients may assume (hints), and the records its input and output schemas come from.
 *
 * @param name the name the LLM calls, {@code npm_...}
 * @param description what it does, when to use it, and what it changes, written for an LLM
 */
public record ToolSpec<I extends Record, O extends Record>(
        String name, String description, Category category, ToolHints hints, Class<I> input, Class<O> output) {

    public ToolSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(hints, "hints");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
    }
}
