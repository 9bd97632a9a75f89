package dev.npmmcp.prompt;

import dev.npmmcp.tool.Category;

/** Whether a tool a prompt refers to can be called on this server, and if not, why. */
public sealed interface ToolStatus {

    /** Listed, or (in lazy mode) listed once its category is enabled. */
    record Ready(Category category) implements ToolStatus {}

    /** A write tool on a server started with --read-only. */
    record RefusedReadOnly(Category category) implements ToolStatus {}

    /** Its category is not among the server's --toolsets. */
    record OutsideToolsets(Category category) implements ToolStatus {}

    /** This build of the server has no such tool. */
    record Absent() implements ToolStatus {}
}
