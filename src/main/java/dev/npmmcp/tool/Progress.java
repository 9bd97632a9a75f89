package dev.npmmcp.tool;

/**
 * How far a long call has got, for the client to show while it waits (MCP progress notifications). Tools report every
 * step; what reaches the client is thinned by {@link ThrottledProgress}. Safe to call from several threads.
 */
@FunctionalInterface
public interface Progress {

    /** For calls whose client asked for no progress: reports go nowhere. */
    Progress NONE = (done, total, message) -> {};

    /** {@code done} of {@code total} steps are finished; {@code message} says what the call is doing. */
    void report(long done, long total, String message);
}
