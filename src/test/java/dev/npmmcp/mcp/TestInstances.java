package dev.npmmcp.mcp;

import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Redactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Instance registries for tests of the server itself: no real environment, no file in the user's home. */
final class TestInstances {

    private TestInstances() {}

    /** A registry with no instance, its (absent) config file in a fresh temporary home. */
    static InstanceRegistry none() {
        try {
            Path home = Files.createTempDirectory("npm-mcp-test-home");
            InstanceConfigLoader loader = new InstanceConfigLoader(Map.of(), home);
            return InstanceRegistry.open(loader.load(Optional.empty()), loader, TokenStore.inMemory(), new Redactor());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
