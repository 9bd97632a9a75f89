package dev.npmmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditLogsTest {

    @Test
    void shouldKeepTheAuditLogBesideTheInstancesFile() {
        assertThat(AuditLogs.directory(Optional.of(Path.of("/etc/npm-mcp/instances.yaml")), Path.of("/home/u")))
                .isEqualTo(Path.of("/etc/npm-mcp"));
    }

    @Test
    void shouldDefaultToTheUsersNpmMcpDirectory() {
        assertThat(AuditLogs.directory(Optional.empty(), Path.of("/home/u"))).isEqualTo(Path.of("/home/u/.npm-mcp"));
    }
}
