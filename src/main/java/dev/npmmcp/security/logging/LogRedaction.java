package dev.npmmcp.security.logging;

import dev.npmmcp.security.Redactor;
import java.util.Optional;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/** Where the application gets the process's Redactor, so what it registers is masked in logs too. */
public final class LogRedaction {

    private LogRedaction() {}

    /**
     * The Redactor of {@link RedactingServiceProvider}; empty when another SLF4J backend is bound (an embedding
     * application chose its own), and the caller then makes one Redactor of its own for tool results and errors,
     * knowing that backend's log lines are not redacted.
     */
    public static Optional<Redactor> redactor() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        return factory instanceof RedactingLoggerFactory ours ? Optional.of(ours.redactor()) : Optional.empty();
    }
}
