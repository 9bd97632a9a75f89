package dev.npmmcp.tool;

import java.util.Optional;

/** The input of a tool that takes nothing but the instance to ask (its list and settings tools). */
public record InstanceOnly(Optional<String> instanceName) {}
