package dev.npmmcp.prompt;

/**
 * Everything a prompt declares about itself, in one record, as {@code ToolSpec} does for a tool (and, like it, checked
 * whole for every prompt by PromptCatalogTest rather than here).
 *
 * @param name the name a client shows, e.g. as a slash command
 * @param title a short human-readable title
 * @param description what the prompt does, for the person choosing it
 * @param argumentsType the record its arguments are bound to
 * @param tools the tools the rendered text tells the assistant to call
 */
public record PromptSpec<A extends Record>(
        String name, String title, String description, Class<A> argumentsType, PromptTools tools) {}
