package dev.npmmcp.instance;

import dev.npmmcp.npm.NpmClient;

/** The instance a tool call runs against: its name (for the result) and its client. */
public record InstanceTarget(String name, NpmClient client) {}
