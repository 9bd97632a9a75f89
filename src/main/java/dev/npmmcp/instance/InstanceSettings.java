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
 */
public record InstanceSettings(
        Duration defaultTimeout, int retryAttempts, String logLevel, boolean cacheTokens, Path tokenCacheDir) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_RETRY_ATTEMPTS = 3;

    /** The defaults, with the token cache where {@link ConfigPaths#tokenCacheDir} puts it. */
    public static InstanceSettings defaults(Path tokenCacheDir) {
        return new InstanceSettings(DEFAULT_TIMEOUT, DEFAULT_RETRY_ATTEMPTS, "INFO", true, tokenCacheDir);
    }
}
