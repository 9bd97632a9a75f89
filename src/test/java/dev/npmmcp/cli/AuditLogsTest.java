package dev.npmmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.security.AuditLog;
import dev.npmmcp.security.Redactor;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogsTest {

    @TempDir
    Path dir;

    @Test
    void shouldKeepTheAuditLogBesideTheInstancesFile() {
        assertThat(AuditLogs.directory(Path.of("/etc/npm-mcp/instances.yaml"))).isEqualTo(Path.of("/etc/npm-mcp"));
    }

    @Test
    void shouldOpenTheLogInThatDirectory() throws Exception {
        AuditLog log = AuditLogs.open(dir.resolve("conf").resolve("instances.yaml"), new Redactor());
        assertThat(log.file()).isEqualTo(dir.resolve("conf").resolve("audit.log"));
    }
}
