package dev.npmmcp.security.logging;

import dev.npmmcp.security.Redactor;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.event.Level;

/**
 * Makes the loggers and writes their lines: one line per event, {@code time LEVEL logger - message}, the whole line
 * (message, arguments, exception text) passed through the {@link Redactor} and its line breaks escaped, so neither a
 * secret nor a forged log line gets out.
 */
public final class RedactingLoggerFactory implements ILoggerFactory {

    private final Redactor redactor;
    private final LogThreshold threshold;
    private final Consumer<String> out;
    private final Clock clock;
    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();

    RedactingLoggerFactory(Redactor redactor, LogThreshold threshold, Consumer<String> out, Clock clock) {
        this.redactor = redactor;
        this.threshold = threshold;
        this.out = out;
        this.clock = clock;
    }

    /** The Redactor every log line passes through: register the process's secrets here as they are loaded. */
    public Redactor redactor() {
        return redactor;
    }

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, n -> new RedactingLogger(n, this));
    }

    boolean allows(Level level) {
        return threshold.allows(level);
    }

    void write(Level level, String loggerName, String message, Throwable throwable) {
        if (!allows(level)) {
            return;
        }
        String text = throwable == null ? message : message + " | " + describe(throwable);
        String safe = escapeLineBreaks(redactor.redact(text));
        String time = DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.MILLIS));
        out.accept(time + " " + String.format("%-5s", level) + " " + loggerName + " - " + safe);
    }

    /** The cause chain on one line; stack frames too when debugging, where they are worth the length. */
    private String describe(Throwable throwable) {
        boolean frames = threshold.allows(Level.DEBUG);
        StringBuilder text = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = throwable; t != null && seen.add(t); t = t.getCause()) {
            if (t != throwable) {
                text.append(" | caused by: ");
            }
            text.append(t);
            if (frames) {
                for (StackTraceElement frame : t.getStackTrace()) {
                    text.append(" | at ").append(frame);
                }
            }
        }
        return text.toString();
    }

    private static String escapeLineBreaks(String text) {
        return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\r");
    }
}
