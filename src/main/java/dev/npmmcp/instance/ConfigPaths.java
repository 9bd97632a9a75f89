package dev.npmmcp.instance;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where the instances file is, following the seed server's order. */
final class ConfigPaths {

    static final String CONFIG_VARIABLE = "NPM_MCP_CONFIG";

    private ConfigPaths() {}

    /** An explicit path, else {@code NPM_MCP_CONFIG}, else {@code ~/.npm-mcp/instances.yaml}. */
    static Path configFile(Optional<Path> explicit, Map<String, String> env, Path home) {
        if (explicit.isPresent()) {
            return explicit.get().toAbsolutePath().normalize();
        }
        String configured = env.get(CONFIG_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return expandHome(configured, home).toAbsolutePath().normalize();
        }
        return home.resolve(".npm-mcp").resolve("instances.yaml").toAbsolutePath().normalize();
    }

    static Path expandHome(String path, Path home) {
        if (path.equals("~")) {
            return home;
        }
        if (path.startsWith("~/")) {
            return home.resolve(path.substring(2));
        }
        return Path.of(path);
    }
}
