package dev.npmmcp.tool;

/** What a tool may use while it runs: the instances, and the server's mode. Provided by the {@code mcp} package. */
public interface ToolContext {

    /** True when the server runs with --read-only: write paths refuse even if a write tool was reached. */
    boolean readOnly();
}
