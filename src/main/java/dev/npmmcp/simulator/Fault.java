package dev.npmmcp.simulator;

import java.time.Duration;
import java.util.Optional;

/**
 * A failure injected in front of one operation. A fault applies to the next {@link #remaining()} requests of that
 * operation ({@link #times(int)} sets it; by default every request until {@link Faults#clear()}).
 */
public sealed interface Fault {

    int remaining();

    Fault times(int count);

    /** Answer with this status and NPM's error shape instead of running the operation. */
    record Status(int status, String message, int remaining) implements Fault {
        @Override
        public Status times(int count) {
            return new Status(status, message, checked(count));
        }
    }

    /** Wait, then run the operation normally. */
    record Delay(Duration delay, int remaining) implements Fault {
        @Override
        public Delay times(int count) {
            return new Delay(delay, checked(count));
        }
    }

    /** Close the connection without an answer. */
    record ConnectionReset(int remaining) implements Fault {
        @Override
        public ConnectionReset times(int count) {
            return new ConnectionReset(checked(count));
        }
    }

    /**
     * Run the operation, then close the connection without its answer: what a client sees when nginx, reloaded by the
     * write, closes the connection before NPM's answer gets through. The client cannot tell it from a request that
     * never arrived.
     */
    record AnswerLost(int remaining) implements Fault {
        @Override
        public AnswerLost times(int count) {
            return new AnswerLost(checked(count));
        }
    }

    /**
     * Answer as the nginx in front of NPM does when NPM is down or a limit is hit: its own HTML error page (502 Bad
     * Gateway, 429 Too Many Requests with a {@code Retry-After} in seconds), not NPM's JSON.
     */
    record NginxPage(int status, Optional<Duration> retryAfter, int remaining) implements Fault {
        @Override
        public NginxPage times(int count) {
            return new NginxPage(status, retryAfter, checked(count));
        }
    }

    /** Answer 200 with a body that is not JSON. */
    record InvalidJson(int remaining) implements Fault {
        @Override
        public InvalidJson times(int count) {
            return new InvalidJson(checked(count));
        }
    }

    static Fault status(int status, String message) {
        return new Status(status, message, Integer.MAX_VALUE);
    }

    static Fault delay(Duration delay) {
        return new Delay(delay, Integer.MAX_VALUE);
    }

    static Fault connectionReset() {
        return new ConnectionReset(Integer.MAX_VALUE);
    }

    static Fault answerLost() {
        return new AnswerLost(Integer.MAX_VALUE);
    }

    static Fault badGatewayPage() {
        return new NginxPage(502, Optional.empty(), Integer.MAX_VALUE);
    }

    static Fault tooManyRequests(Duration retryAfter) {
        return new NginxPage(429, Optional.of(retryAfter), Integer.MAX_VALUE);
    }

    static Fault invalidJson() {
        return new InvalidJson(Integer.MAX_VALUE);
    }

    private static int checked(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a fault applies at least once, got " + count);
        }
        return count;
    }
}
