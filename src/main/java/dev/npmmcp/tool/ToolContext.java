package dev.npmmcp.tool;

import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.instance.InstanceTarget;
import java.util.Optional;

/** What a tool may use while it runs: the instances, and the server's mode. Provided by the {@code mcp} package. */
public interface ToolContext {

    /** True when the server runs with --read-only: write paths refuse even if a write tool was reached. */
    boolean readOnly();

    /**
     * The NPM instances this server manages. The server's context must override this; the default exists only so
     * contexts of tools that never touch an instance (the category tools) need not, and reaching it is a wiring bug.
     */
    default InstanceRegistry instances() {
        throw new IllegalStateException(getClass().getName() + " provides no InstanceRegistry; override instances()");
    }

    /**
     * The instance a call runs against: the named one, else the selected one, else the default, else the first;
     * a {@link ToolFailure} naming the known instances when none matches.
     */
    default InstanceTarget target(Optional<String> instanceName) {
        return instances().resolve(instanceName);
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
