package dev.npmmcp.simulator;

import java.util.Optional;

/**
 * One request the simulator answered. {@code path} is relative to {@code /api}; {@code query} is the raw query string
 * (empty when there was none); {@code operationId} is the name in NPM's endpoint list, or {@code "unknown"}.
 */
public record SimExchange(
        String operationId,
        String method,
        String path,
        String query,
        Optional<String> requestBody,
        int status,
        String responseBody) {}
