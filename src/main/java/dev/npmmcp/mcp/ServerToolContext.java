package dev.npmmcp.mcp;

import dev.npmmcp.tool.ToolContext;

/** The server's side of {@link ToolContext}. */
record ServerToolContext(boolean readOnly) implements ToolContext {}
