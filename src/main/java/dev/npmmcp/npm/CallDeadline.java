package dev.npmmcp.npm;

import java.time.Duration;
import java.util.Optional;

/**
 * How much longer the tool call a request belongs to may take. A call makes several requests, each perhaps retried:
 * without one budget over all of them, per-attempt timeouts multiply (30 s × 4 attempts) past the minute after
 * which MCP clients give up, and the user sees the client's timeout instead of our message.
 */
public interface CallDeadline {

    /** Time left, or empty when the request belongs to no call with a budget (the CLI's own requests). */
    Optional<Duration> remaining();

    /** The budget itself, for messages. */
    Duration budget();

    static CallDeadline none() {
        return new CallDeadline() {
            @Override
            public Optional<Duration> remaining() {
                return Optional.empty();
            }

            @Override
            public Duration budget() {
                return Duration.ZERO;
            }
        };
    }
}
