package dev.npmmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void shouldServeWhenNoCommandIsGiven() {
        assertThat(Main.withDefaultCommand()).containsExactly("serve");
        assertThat(Main.withDefaultCommand("--read-only", "--lazy")).containsExactly("serve", "--read-only", "--lazy");
    }

    @Test
    void shouldLeaveCommandsAndTopLevelOptionsAlone() {
        assertThat(Main.withDefaultCommand("serve", "--lazy")).containsExactly("serve", "--lazy");
        assertThat(Main.withDefaultCommand("--version")).containsExactly("--version");
        assertThat(Main.withDefaultCommand("-h")).containsExactly("-h");
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
