package dev.npmmcp.prompt;

/** An argument as a client lists it: MCP prompt arguments are strings, named, described, required or not. */
public record PromptArgument(String name, String description, boolean required) {}
