package dev.npmmcp.cli;

import dev.npmmcp.security.AuditLog;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.security.logging.LogRedaction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** Where {@code serve} keeps its audit log: beside the instances file, else in ~/.npm-mcp. */
final class AuditLogs {

    private AuditLogs() {}

    static Path directory(Optional<Path> config, Path home) {
        return config.map(file -> file.toAbsolutePath().getParent()).orElseGet(() -> home.resolve(".npm-mcp"));
    }

    /**
     * Opens the log with the process's Redactor, so the secrets the server learns are masked there as in its log
     * lines. Failing here stops the server: changes it could not record must not be made.
     */
    static AuditLog open(Optional<Path> config) throws IOException {
        Redactor redactor = LogRedaction.redactor().orElseGet(Redactor::new);
        return AuditLog.open(directory(config, Path.of(System.getProperty("user.home"))), redactor);
    }
}
