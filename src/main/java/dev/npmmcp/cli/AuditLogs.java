package dev.npmmcp.cli;

import dev.npmmcp.security.AuditLog;
import dev.npmmcp.security.Redactor;
import java.io.IOException;
import java.nio.file.Path;

/** Where {@code serve} keeps its audit log: beside the instances file (wherever that was resolved to). */
final class AuditLogs {

    private AuditLogs() {}

    static Path directory(Path configFile) {
        return configFile.toAbsolutePath().getParent();
    }

    /**
     * Opens the log with the process's Redactor (the one the registry registers secrets with), so the secrets the
     * server learns are masked there as in its log lines. Failing here stops the server: changes it could not record
     * must not be made.
     */
    static AuditLog open(Path configFile, Redactor redactor) throws IOException {
        return AuditLog.open(directory(configFile), redactor);
    }
}
