package dev.npmmcp.tool;

/**
 * The MCP tool annotations, always set explicitly: clients use them to decide what to run without asking.
 *
 * @param readOnly the tool changes nothing (the only tools left in read-only mode)
 * @param destructive a call may delete or overwrite something a user cares about
 * @param idempotent calling twice with the same input has the effect of calling once
 * @param openWorld the tool talks to something outside this process (an NPM instance)
 */
public record ToolHints(boolean readOnly, boolean destructive, boolean idempotent, boolean openWorld) {

    public static ToolHints reading() {
        return new ToolHints(true, false, true, true);
    }

    public static ToolHints writing(boolean destructive, boolean idempotent) {
        return new ToolHints(false, destructive, idempotent, true);
    }
}
