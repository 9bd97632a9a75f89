package dev.npmmcp.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigPathsTest {

    @TempDir
    Path dir;

    @Test
    void shouldTakeHomeFromTheEnvironmentBeforeTheAccount() {
        Path account = Path.of("/account/home");

        assertThat(ConfigPaths.home(Map.of("HOME", dir.toString()), account)).isEqualTo(dir);
        assertThat(ConfigPaths.home(Map.of(), account)).isEqualTo(account);
        assertThat(ConfigPaths.home(Map.of("HOME", "relative/home"), account)).isEqualTo(account);
    }

    @Test
    void shouldUseTheSeedPlacesWithoutXdg() {
        assertThat(ConfigPaths.configFile(Optional.empty(), Map.of(), dir))
                .isEqualTo(dir.resolve(".npm-mcp/instances.yaml"));
        assertThat(ConfigPaths.tokenCacheDir(Map.of(), dir)).isEqualTo(dir.resolve(".npm-mcp/tokens"));
    }

    @Test
    void shouldUseTheXdgPlacesForANewUserWhoSetsThem() {
        Map<String, String> env = Map.of(
                "XDG_CONFIG_HOME", dir.resolve("config").toString(), "XDG_STATE_HOME", dir.resolve("state").toString());

        assertThat(ConfigPaths.configFile(Optional.empty(), env, dir.resolve("home")))
                .isEqualTo(dir.resolve("config/npm-mcp/instances.yaml"));
        assertThat(ConfigPaths.tokenCacheDir(env, dir.resolve("home"))).isEqualTo(dir.resolve("state/npm-mcp/tokens"));
    }

    @Test
    void shouldKeepAnExistingSeedFolderEvenWhenXdgIsSet() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve(".npm-mcp/tokens"));
        Files.writeString(home.resolve(".npm-mcp/instances.yaml"), "instances: []\n");
        Map<String, String> env = Map.of(
                "XDG_CONFIG_HOME", dir.resolve("config").toString(), "XDG_STATE_HOME", dir.resolve("state").toString());

        assertThat(ConfigPaths.configFile(Optional.empty(), env, home)).isEqualTo(home.resolve(".npm-mcp/instances.yaml"));
        assertThat(ConfigPaths.tokenCacheDir(env, home)).isEqualTo(home.resolve(".npm-mcp/tokens"));
    }

    @Test
    void shouldIgnoreARelativeXdgValueAsTheSpecSays() {
        assertThat(ConfigPaths.configFile(Optional.empty(), Map.of("XDG_CONFIG_HOME", "rel"), dir))
                .isEqualTo(dir.resolve(".npm-mcp/instances.yaml"));
    }

    @Test
    void shouldPreferAnExplicitFileThenNpmMcpConfig() {
        Map<String, String> env = Map.of("NPM_MCP_CONFIG", "~/elsewhere.yaml", "XDG_CONFIG_HOME", "/x");

        assertThat(ConfigPaths.configFile(Optional.of(dir.resolve("given.yaml")), env, dir))
                .isEqualTo(dir.resolve("given.yaml"));
        assertThat(ConfigPaths.configFile(Optional.empty(), env, dir)).isEqualTo(dir.resolve("elsewhere.yaml"));
    }
}
