package dev.npmmcp.mcp;

import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.npm.DryRun;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Progress;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The server's side of {@link ToolContext}, one per call: the server's mode, its instances, and the user behind the
 * client that made the call. It remembers the refusal it raised, so the audit log can tell a refused change from a failed one. A call
 * runs on one thread, hence no synchronisation.
 */
final class ServerToolContext implements ToolContext {

    private final boolean readOnly;
    private final InstanceRegistry instances;
    private final UserConfirmation user;
    private Optional<ToolFailure> refusal = Optional.empty();
    private boolean dryRun;
    private Progress progress = Progress.NONE;

    ServerToolContext(boolean readOnly, InstanceRegistry instances, UserConfirmation user) {
        this.readOnly = readOnly;
        this.instances = instances;
        this.user = user;
    }

    /**
     * Runs a tool call within its time budget and, where the transport has sessions, as part of its client session
     * (whose instance selection is its own); what NPM's clients recovered from is added to {@code notices}.
     */
    <T> T inCall(Optional<String> sessionId, List<String> notices, Optional<DryRun> dryRun, Supplier<T> work) {
        return instances.call(sessionId, notices, dryRun, work);
    }

    /** This call is a dry run: it changes nothing, so it needs nobody's confirmation. */
    ServerToolContext dryRun(boolean on) {
        dryRun = on;
        return this;
    }

    /** Where this call's progress goes: to its client when it sent a progress token. */
    ServerToolContext progress(Progress reports) {
        progress = reports;
        return this;
    }

    @Override
    public Progress progress() {
        return progress;
    }

    @Override
    public InstanceTarget target(Optional<String> instanceName) {
        return instances.resolve(instanceName);
    }

    @Override
    public List<String> instanceNames(Optional<String> tag) {
        return instances.names(tag);
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
     * Where the client can ask its user (MCP elicitation) the user is always asked, even when the model passes
     * {@code confirm: true}: otherwise a model whose question was declined could simply call again with the flag.
     * Only where the client cannot ask does {@code confirmed} (the user agreed in the conversation) stand in.
     */
    @Override
    public void requireConfirmation(String action, boolean confirmed) {
        requireWritable(action);
        if (dryRun) {
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
                    "Nothing was changed. Do not retry unless the user asks for it again."));
            case CANNOT_ASK -> {
                try {
                    ToolContext.super.requireConfirmation(action, confirmed);
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
