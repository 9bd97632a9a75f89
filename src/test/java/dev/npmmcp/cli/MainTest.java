package dev.npmmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringBackend;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    private static final CommandLine COMMANDS =
            Main.commandLine(new Keyring(KeyringBackend.inMemory()), prompt -> Optional.empty());

    @Test
    void shouldServeWhenNoCommandIsGiven() {
        assertThat(Main.withDefaultCommand(COMMANDS)).containsExactly("serve");
        assertThat(Main.withDefaultCommand(COMMANDS, "--read-only", "--lazy"))
                .containsExactly("serve", "--read-only", "--lazy");
    }

    @Test
    void shouldLeaveCommandsAndTopLevelOptionsAlone() {
        assertThat(Main.withDefaultCommand(COMMANDS, "serve", "--lazy")).containsExactly("serve", "--lazy");
        assertThat(Main.withDefaultCommand(COMMANDS, "keygen")).containsExactly("keygen");
        assertThat(Main.withDefaultCommand(COMMANDS, "keyring", "set", "npm-mcp/home"))
                .containsExactly("keyring", "set", "npm-mcp/home");
        assertThat(Main.withDefaultCommand(COMMANDS, "--version")).containsExactly("--version");
        assertThat(Main.withDefaultCommand(COMMANDS, "-h")).containsExactly("-h");
    }

    @Test
    void shouldRejectAnUnknownToolsetAsAUsageError() {
        assertThat(Main.run("serve", "--toolsets", "proxy_host,bogus")).isEqualTo(2);
        assertThat(Main.run("serve", "--toolsets", "dynamic")).isEqualTo(2);
    }

    @Test
    void shouldRejectAnUnknownTransport() {
        assertThat(Main.run("serve", "--transport", "sse")).isEqualTo(2);
    }
}
