package dev.npmmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringBackend;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    @Test
    void shouldServeWhenNoCommandIsGiven() {
        assertThat(Main.withDefaultCommand()).containsExactly("serve");
        assertThat(Main.withDefaultCommand("--read-only", "--lazy"))
                .containsExactly("serve", "--read-only", "--lazy");
    }

    @Test
    void shouldLeaveCommandsAndTopLevelOptionsAlone() {
        assertThat(Main.withDefaultCommand("serve", "--lazy")).containsExactly("serve", "--lazy");
        assertThat(Main.withDefaultCommand("keygen")).containsExactly("keygen");
        assertThat(Main.withDefaultCommand("keyring", "set", "npm-mcp/home"))
                .containsExactly("keyring", "set", "npm-mcp/home");
        assertThat(Main.withDefaultCommand("--version")).containsExactly("--version");
        assertThat(Main.withDefaultCommand("-h")).containsExactly("-h");
    }

    @Test
    void shouldReadOnlyTheCommandARunNeeds() {
        assertThat(Main.subcommandsFor(Main.withDefaultCommand("--lazy"))).containsExactly("serve");
        assertThat(Main.subcommandsFor("keyring", "set", "npm-mcp/home")).containsExactly("keyring");
        assertThat(Main.subcommandsFor("--help"))
                .containsExactly("serve", "keygen", "keyring", "instances", "call", "tools", "doctor");
        CommandLine serveOnly = Main.commandLine(new Keyring(KeyringBackend.inMemory()), prompt -> Optional.empty(),
                InstanceConfigLoader::fromProcess, Main.subcommandsFor("serve"));
        assertThat(serveOnly.getSubcommands()).containsOnlyKeys("serve");
        assertThat(Main.commandLine(new Keyring(KeyringBackend.inMemory()), prompt -> Optional.empty()).getUsageMessage())
                .contains("serve", "keygen", "keyring", "instances", "call", "tools", "doctor");
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
