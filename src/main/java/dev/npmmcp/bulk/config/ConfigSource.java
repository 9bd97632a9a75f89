package dev.npmmcp.bulk.config;

import java.util.Objects;

/** Where a document was exported from: informative only, an import never needs it. */
public record ConfigSource(String instance, String npmVersion) {

    public ConfigSource {
        instance = Objects.requireNonNullElse(instance, "");
        npmVersion = Objects.requireNonNullElse(npmVersion, "");
    }
}
