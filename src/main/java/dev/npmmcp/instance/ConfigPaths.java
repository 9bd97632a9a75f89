package dev.npmmcp.instance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the user's files are. The seed server's {@code ~/.npm-mcp/} stays first, for the people who have one; a new
 * user who sets {@code XDG_CONFIG_HOME} or {@code XDG_STATE_HOME} gets the XDG places instead. {@code ~} is
 * {@code $HOME} when it is set: Java's own {@code user.home} comes from the account and ignores it, which would send
 * a container's or a test's files into the real home.
 */
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
        return seedOrXdg(home.resolve(".npm-mcp").resolve("instances.yaml"), env, "XDG_CONFIG_HOME", "instances.yaml");
    }

    /** {@code ~/.npm-mcp/tokens}, else {@code $XDG_STATE_HOME/npm-mcp/tokens} when that is set and the former absent. */
    static Path tokenCacheDir(Map<String, String> env, Path home) {
        return seedOrXdg(home.resolve(".npm-mcp").resolve("tokens"), env, "XDG_STATE_HOME", "tokens");
    }

    /** The home of this process: {@code $HOME} if set to an absolute path, else the account's. */
    static Path home(Map<String, String> env, Path accountHome) {
        return absolute(env.get("HOME")).orElse(accountHome);
    }

    private static Path seedOrXdg(Path seed, Map<String, String> env, String variable, String name) {
        if (Files.exists(seed)) {
            return seed.toAbsolutePath().normalize();
        }
        // the XDG spec: a relative value is invalid and is ignored
        return absolute(env.get(variable)).map(base -> base.resolve("npm-mcp").resolve(name))
                .orElse(seed).toAbsolutePath().normalize();
    }

    private static Optional<Path> absolute(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? Optional.of(path) : Optional.empty();
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
