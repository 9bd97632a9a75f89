package dev.npmmcp.prompt;

/**
 * Arguments a prompt cannot be rendered with. The message names the argument and the problem, the hint what would be
 * accepted: a person typed them into a form and reads the answer.
 */
public final class PromptFailure extends RuntimeException {

    private final String hint;

    public PromptFailure(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
