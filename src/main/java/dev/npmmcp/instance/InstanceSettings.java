package dev.npmmcp.instance;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code settings:} block of {@code instances.yaml}.
 *
 * @param defaultTimeout request timeout for instances without their own ({@code default_timeout}, seconds)
 * @param retryAttempts how often an idempotent request is retried after a transient failure
 * @param logLevel the server's log level (applied by the command line, not here)
 * @param cacheTokens whether login tokens are kept between runs
 * @param tokenCacheDir where cached tokens are kept when {@code cacheTokens} is on
 * @param callBudget how long one tool call may wait on NPM in all, retries included ({@code call_budget}, seconds)
 */
public record InstanceSettings(
        Duration defaultTimeout, int retryAttempts, String logLevel, boolean cacheTokens, Path tokenCacheDir,
        Duration callBudget) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_RETRY_ATTEMPTS = 3;
    /** Below the 60 s after which common MCP clients give up, so the user reads our message and not theirs. */
    public static final Duration DEFAULT_CALL_BUDGET = Duration.ofSeconds(45);

    public InstanceSettings(
            Duration defaultTimeout, int retryAttempts, String logLevel, boolean cacheTokens, Path tokenCacheDir) {
        this(defaultTimeout, retryAttempts, logLevel, cacheTokens, tokenCacheDir, DEFAULT_CALL_BUDGET);
    }

    /** The defaults, with the token cache where {@link ConfigPaths#tokenCacheDir} puts it. */
    public static InstanceSettings defaults(Path tokenCacheDir) {
        return new InstanceSettings(
                DEFAULT_TIMEOUT, DEFAULT_RETRY_ATTEMPTS, "INFO", true, tokenCacheDir, DEFAULT_CALL_BUDGET);
    }
}
