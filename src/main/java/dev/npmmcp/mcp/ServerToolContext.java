package dev.npmmcp.mcp;

import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import java.util.Optional;

/**
 * The server's side of {@link ToolContext}, one per call: the server's mode, and the user behind the client that made
 * the call. It remembers the refusal it raised, so the audit log can tell a refused change from a failed one. A call
 * runs on one thread, hence no synchronisation.
 */
final class ServerToolContext implements ToolContext {

    private final boolean readOnly;
    private final UserConfirmation user;
    private Optional<ToolFailure> refusal = Optional.empty();

    ServerToolContext(boolean readOnly, UserConfirmation user) {
        this.readOnly = readOnly;
        this.user = user;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public void requireWritable(String action) {
        try {
            ToolContext.super.requireWritable(action);
        } catch (ToolFailure failure) {
            throw refused(failure);
        }
    }

    /**
     * {@code confirmed} means the user already agreed in the conversation. Otherwise the user is asked through the
     * client where it can (MCP elicitation); where it cannot, the model is told to ask and call again.
     */
    @Override
    public void requireConfirmation(String action, boolean confirmed) {
        requireWritable(action);
        if (confirmed) {
            return;
        }
        UserConfirmation.Answer answer;
        try {
            answer = user.ask(action);
        } catch (ToolFailure unanswered) {
            throw refused(unanswered);
        }
        switch (answer) {
            case AGREED -> {}
            case DECLINED -> throw refused(new ToolFailure(
                    "Not done: the user declined to " + action + ".",
                    "Nothing was changed. Do not retry, and do not call again with confirm: true unless the user"
                            + " asks for it."));
            case CANNOT_ASK -> {
                try {
                    ToolContext.super.requireConfirmation(action, false);
                } catch (ToolFailure failure) {
                    throw refused(failure);
                }
            }
        }
    }

    /** Whether {@code failure} is a refusal this context raised (read-only mode, no confirmation). */
    boolean isRefusal(ToolFailure failure) {
        return refusal.filter(raised -> raised == failure).isPresent();
    }

    private ToolFailure refused(ToolFailure failure) {
        refusal = Optional.of(failure);
        return failure;
    }
}
