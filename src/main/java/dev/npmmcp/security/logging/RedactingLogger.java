package dev.npmmcp.security.logging;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** Formats the event as SLF4J does and hands it to its factory, which redacts and writes it. */
final class RedactingLogger extends LegacyAbstractLogger {

    private final transient RedactingLoggerFactory factory;

    RedactingLogger(String name, RedactingLoggerFactory factory) {
        this.name = name;
        this.factory = factory;
    }

    @Override
    public boolean isTraceEnabled() {
        return factory.allows(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return factory.allows(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return factory.allows(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return factory.allows(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return factory.allows(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return RedactingLogger.class.getName();
    }

    @Override
    protected void handleNormalizedLoggingCall(
            Level level, Marker marker, String messagePattern, Object[] arguments, Throwable throwable) {
        String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
        factory.write(level, name, message == null ? "" : message, throwable);
    }
}
