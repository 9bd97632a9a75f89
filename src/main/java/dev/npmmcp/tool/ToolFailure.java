package dev.npmmcp.tool;

/**
 * A failure the LLM can act on: it becomes an {@code isError} tool result, not a protocol error. The message says what
 * went wrong and on which instance; the hint says what to do next.
 */
public final class ToolFailure extends RuntimeException {

    private final String hint;

    public ToolFailure(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
