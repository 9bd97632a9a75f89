package dev.npmmcp.bulk.config;

import java.util.Objects;

/** A custom location of a proxy host. */
public record LocationEntry(
        String path, String forwardScheme, String forwardHost, int forwardPort, String forwardPath,
        String advancedConfig) {

    public LocationEntry {
        path = Entries.require(path, "path", "location");
        forwardScheme = Entries.require(forwardScheme, "forward_scheme", "location");
        forwardHost = Entries.require(forwardHost, "forward_host", "location");
        Entries.port(forwardPort, "forward_port", "location");
        forwardPath = Objects.requireNonNullElse(forwardPath, "");
        advancedConfig = Objects.requireNonNullElse(advancedConfig, "");
    }
}
