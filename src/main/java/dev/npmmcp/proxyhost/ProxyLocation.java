package dev.npmmcp.proxyhost;

import java.util.Objects;
import java.util.Optional;

/** A custom location of a proxy host ({@code /api} forwarded elsewhere); read and written in the same shape. */
public record ProxyLocation(
        Optional<Integer> id,
        String path,
        String forwardScheme,
        String forwardHost,
        int forwardPort,
        Optional<String> forwardPath,
        Optional<String> advancedConfig) {

    public ProxyLocation {
        id = Objects.requireNonNullElse(id, Optional.empty());
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(forwardScheme, "forwardScheme");
        Objects.requireNonNull(forwardHost, "forwardHost");
        forwardPath = Objects.requireNonNullElse(forwardPath, Optional.empty());
        advancedConfig = Objects.requireNonNullElse(advancedConfig, Optional.empty());
    }

    public static ProxyLocation of(String path, String forwardScheme, String forwardHost, int forwardPort) {
        return new ProxyLocation(Optional.empty(), path, forwardScheme, forwardHost, forwardPort, Optional.empty(),
                Optional.empty());
    }
}
