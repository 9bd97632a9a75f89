package dev.npmmcp.system;

/** How many hosts of each kind the user can see. */
public record HostReport(int proxy, int redirection, int stream, int dead) {}
