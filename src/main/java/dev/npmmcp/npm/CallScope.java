package dev.npmmcp.npm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tool call running on this thread, as the NPM clients see it: how much longer it may take, and what they had to
 * do to recover from a lost connection, so the call's result can say so. A call makes several requests, each perhaps
 * retried: without one budget over all of them, per-attempt timeouts multiply (30 s × 4 attempts) past the minute
 * after which MCP clients give up, and the user reads the client's timeout instead of our message.
 *
 * <p>One scope serves a whole process (the registry owns it and hands it to every client it makes); a call is bound
 * to the thread it runs on, which is where the clients' requests are sent from.
 */
public final class CallScope {

    private record Frame(Instant end, Duration budget, List<String> notices, Optional<DryRun> dryRun) {}

    private final Clock clock;
    private final ThreadLocal<Frame> current = new ThreadLocal<>();

    public CallScope(Clock clock) {
        this.clock = clock;
    }

    /** A scope in which no call ever runs: requests get the connection's own timeout, and notices go nowhere. */
    public static CallScope none() {
        return new CallScope(Clock.systemUTC());
    }

    /**
     * Runs {@code work} as one call with this budget, adding to {@code notices} what its result must tell the user (as
     * it happens, so a call that fails later still has them); a call inside a call keeps the outer budget.
     */
    public <T> T run(Duration budget, List<String> notices, Supplier<T> work) {
        return run(budget, notices, Optional.empty(), work);
    }

    /** The same, and with {@code dryRun} present no change reaches NPM: see {@link DryRun}. */
    public <T> T run(Duration budget, List<String> notices, Optional<DryRun> dryRun, Supplier<T> work) {
        Frame outer = current.get();
        current.set(outer != null ? outer : new Frame(clock.instant().plus(budget), budget, notices, dryRun));
        try {
            return work.get();
        } finally {
            current.set(outer);
        }
    }

    /** Time left to the running call, or empty outside a call. */
    Optional<Duration> remaining() {
        Frame frame = current.get();
        return frame == null ? Optional.empty() : Optional.of(Duration.between(clock.instant(), frame.end()));
    }

    /** The running call's budget, for messages (zero outside a call). */
    Duration budget() {
        Frame frame = current.get();
        return frame == null ? Duration.ZERO : frame.budget();
    }

    /** Whether the call running on this thread is a dry run, which must change nothing anywhere. */
    public boolean dryRunning() {
        return dryRun().isPresent();
    }

    /** The running call's dry run, if it is one. */
    Optional<DryRun> dryRun() {
        Frame frame = current.get();
        return frame == null ? Optional.empty() : frame.dryRun();
    }

    /** Something the result of the running call must tell its user; logged only, outside a call. */
    void notice(String text) {
        Frame frame = current.get();
        if (frame != null) {
            frame.notices().add(text);
        }
    }
}
