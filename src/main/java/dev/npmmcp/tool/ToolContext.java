package dev.npmmcp.tool;

/** What a tool may use while it runs: the instances, and the server's mode. Provided by the {@code mcp} package. */
public interface ToolContext {

    /** True when the server runs with --read-only: write paths refuse even if a write tool was reached. */
    boolean readOnly();

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
}
