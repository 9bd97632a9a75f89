package dev.npmmcp.instance;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/** The {@code settings:} block as written. */
record SettingsEntry(
        @JsonProperty("default_timeout") Optional<Integer> defaultTimeout,
        @JsonProperty("retry_attempts") Optional<Integer> retryAttempts,
        @JsonProperty("log_level") Optional<String> logLevel,
        @JsonProperty("cache_tokens") Optional<Boolean> cacheTokens,
        @JsonProperty("token_cache_dir") Optional<String> tokenCacheDir,
        @JsonProperty("call_budget") Optional<Integer> callBudget) {}
