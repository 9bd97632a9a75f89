package dev.npmmcp.prompt;

import java.util.Objects;

/**
 * Everything a prompt declares about itself, in one record, as {@code ToolSpec} does for a tool.
 *
 * @param name the name a client shows, e.g. as a slash command
 * @param title a short human-readable title
 * @param description what the prompt does, for the person choosing it
 * @param argumentsType the record its arguments are bound to
 * @param tools the tools the rendered text tells the assistant to call
 */
public record PromptSpec<A extends Record>(
        String name, String title, String description, Class<A> argumentsType, PromptTools tools) {

    public PromptSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(argumentsType, "argumentsType");
        Objects.requireNonNull(tools, "tools");
    }
}
