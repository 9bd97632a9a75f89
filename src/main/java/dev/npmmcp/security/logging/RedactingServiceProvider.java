package dev.npmmcp.security.logging;

import dev.npmmcp.security.Redactor;
import java.time.Clock;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * npm-mcp's SLF4J backend, found through {@code META-INF/services}: stderr only (stdout is the MCP channel), level from
 * {@code -Dnpmmcp.log.level} or {@code NPM_MCP_LOG_LEVEL} (default INFO), every line redacted.
 *
 * <p>The process's one {@link Redactor} is made here, as an instance field. SLF4J already keeps exactly one provider
 * per process and hands out its logger factory through the public {@code LoggerFactory.getILoggerFactory()}, so the
 * application reaches this Redactor through {@link LogRedaction#redactor()} without any static field of ours: the
 * only global is the one SLF4J itself owns. Libraries that log before the application starts use the same instance.
 */
public final class RedactingServiceProvider implements SLF4JServiceProvider {

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new BasicMDCAdapter();
    private final RedactingLoggerFactory loggers;

    public RedactingServiceProvider() {
        LogThreshold.Configured configured = LogThreshold.configured(System.getProperties(), System.getenv());
        // System.err is looked up per line: whoever replaces it later (a test, a launcher) still gets the output
        loggers = new RedactingLoggerFactory(
                new Redactor(), configured.threshold(), line -> System.err.println(line), Clock.systemUTC());
        configured.problem().ifPresent(problem -> loggers.getLogger("npm-mcp").warn(problem));
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    /** Everything is built in the constructor; SLF4J calls this once afterwards and there is nothing left to start. */
    @Override
    public void initialize() {}
}
