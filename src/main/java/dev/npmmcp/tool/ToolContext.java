package dev.npmmcp.tool;

import java.util.List;
import java.util.Optional;

/** What a tool may use while it runs: the instances, and the server's mode. Provided by the {@code mcp} package. */
public interface ToolContext {

    /** True when the server runs with --read-only: write paths refuse even if a write tool was reached. */
    boolean readOnly();

    /**
     * The instance a call runs against: the named one, else the selected one, else the default, else the first;
     * a {@link ToolFailure} naming the known instances when none matches.
     */
    InstanceTarget target(Optional<String> instanceName);

    /** The configured instances' names in their order, only those with {@code tag} when given: for fleet tools. */
    List<String> instanceNames(Optional<String> tag);

    /**
     * Where a long call (bulk writes, imports, syncs, certificate requests) reports how far it has got; reports go
     * nowhere unless the client asked for progress with this call.
     */
    default Progress progress() {
        return Progress.NONE;
    }

    /**
     * Guards a write path: in read-only mode it fails with a result the LLM can act on. Write tools call this before
     * the first change, so a write tool registered by mistake still changes nothing.
     */
    default void requireWritable(String action) {
        if (readOnly()) {
            throw new ToolFailure(
                    "Refused to " + action + ": the server runs in read-only mode.",
                    "Tell the user this change needs a server started without --read-only; nothing was changed.");
        }
    }

    /**
     * Guards a destructive change (a delete, a replace, a sync that deletes): the user must have agreed. The default
     * asks for an explicit {@code confirm: true}; the server's context may ask the user itself (MCP elicitation) where
     * the client supports it.
     */
    default void requireConfirmation(String action, boolean confirmed) {
        requireWritable(action);
        if (!confirmed) {
            throw new ToolFailure(
                    "Not done: " + action + " is destructive and needs the user's confirmation.",
                    "Ask the user whether to " + action + "; if they agree, call again with confirm: true.");
        }
    }
}
