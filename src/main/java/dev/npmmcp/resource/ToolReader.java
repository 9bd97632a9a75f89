package dev.npmmcp.resource;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Runs a read tool for a resource or a completion, the way a client's call would run it (same arguments, same checks,
 * same redaction), and returns its structured output. Resources show what the tools show, so they reuse them rather
 * than a second path to NPM that could drift or leak.
 */
@FunctionalInterface
public interface ToolReader {

    /** @throws ResourceFailure when the tool reports an error (what failed, on which instance, what to do next) */
    JsonNode read(String tool, Map<String, Object> arguments);
}
