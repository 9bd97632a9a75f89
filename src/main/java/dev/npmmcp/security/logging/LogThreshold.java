package dev.npmmcp.security.logging;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.event.Level;

/** The least severe level written; OFF writes nothing. */
enum LogThreshold {
    TRACE(Level.TRACE.toInt()),
    DEBUG(Level.DEBUG.toInt()),
    INFO(Level.INFO.toInt()),
    WARN(Level.WARN.toInt()),
    ERROR(Level.ERROR.toInt()),
    OFF(Integer.MAX_VALUE);

    static final String PROPERTY = "npmmcp.log.level";
    static final String ENV_VAR = "NPM_MCP_LOG_LEVEL";

    private final int least;

    LogThreshold(int least) {
        this.least = least;
    }

    boolean allows(Level level) {
        return level.toInt() >= least;
    }

    static Optional<LogThreshold> parse(String value) {
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The system property wins over the environment, as a launcher's {@code -D} is the more specific choice. */
    static Configured configured(Properties properties, Map<String, String> env) {
        String property = properties.getProperty(PROPERTY, "");
        String source = property.isBlank() ? ENV_VAR : PROPERTY;
        String value = property.isBlank() ? env.getOrDefault(ENV_VAR, "") : property;
        if (value.isBlank()) {
            return new Configured(INFO, Optional.empty());
        }
        return parse(value)
                .map(threshold -> new Configured(threshold, Optional.<String>empty()))
                .orElseGet(() -> new Configured(INFO, Optional.of(source + "='" + value
                        + "' is not one of TRACE, DEBUG, INFO, WARN, ERROR, OFF; logging at INFO")));
    }

    /** The threshold to use, and a complaint to log about the configured value if it was not understood. */
    record Configured(LogThreshold threshold, Optional<String> problem) {}
}
