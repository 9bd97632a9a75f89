package dev.npmmcp.tool;

/**
 * Everything a tool declares about itself, in one record: what the LLM calls it, what it reads about it, which
 * toolset it belongs to, what clients may assume (hints), and the records its input and output schemas come from.
 * Tools build it from literals, and ToolCatalogTest checks every part of every tool's spec, so a missing part fails
 * there rather than in a check here.
 *
 * @param name the name the LLM calls, {@code npm_...}
 * @param description what it does, when to use it, and what it changes, written for an LLM
 */
public record ToolSpec<I extends Record, O extends Record>(
        String name, String description, Category category, ToolHints hints, Class<I> input, Class<O> output) {}
