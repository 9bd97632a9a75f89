package dev.npmmcp.prompt;

/** One message of a rendered prompt. */
public record PromptMessage(Role role, String text) {

    public enum Role {
        USER,
        ASSISTANT
    }

    public PromptMessage {
        if (text.isBlank()) {
            throw new IllegalArgumentException("a prompt message needs text");
        }
    }

    public static PromptMessage user(String text) {
        return new PromptMessage(Role.USER, text);
    }
}
