package dev.npmmcp.npm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tool call running on this thread, as the NPM clients see it: how much longer it may take, whether it is a dry
 * run, and what they had to do to recover from a lost connection, so the call's result can say so. A call makes
 * several requests, each perhaps retried: without one budget over all of them, per-attempt timeouts multiply (30 s ×
 * 4 attempts) past the minute after which MCP clients give up, and the user reads the client's timeout instead of our
 * message.
 *
 * <p>One scope serves a whole process (the registry owns it and hands it to every client it makes). A call is bound to
 * the thread it runs on and inherited by the threads it starts (bulk writes run in a window of virtual threads, and a
 * dry run must hold there too); a thread that outlives the call, or a pooled one made during it, finds the call ended.
 */
public final class CallScope {

    private static final class Frame {
        private final Instant end;
        private final Duration budget;
        private final List<String> notices;
        private final Optional<DryRun> dryRun;
        private volatile boolean open = true;

        private Frame(Instant end, Duration budget, List<String> notices, Optional<DryRun> dryRun) {
            this.end = end;
            this.budget = budget;
            this.notices = notices;
            this.dryRun = dryRun;
        }
    }

    private final Clock clock;
    private final InheritableThreadLocal<Frame> current = new InheritableThreadLocal<>();

    public CallScope(Clock clock) {
        this.clock = clock;
    }

    /** A scope in which no call ever runs: requests get the connection's own timeout, and notices go nowhere. */
    public static CallScope none() {
        return new CallScope(Clock.systemUTC());
    }

    /**
     * Runs {@code work} as one call with this budget, adding to {@code notices} what its result must tell the user (as
     * it happens, so a call that fails later still has them; threads the call starts add to it too, so it must be
     * safe for that); a call inside a call keeps the outer budget.
     */
    public <T> T run(Duration budget, List<String> notices, Supplier<T> work) {
        return run(budget, notices, Optional.empty(), work);
    }

    /** The same, and with {@code dryRun} present no change reaches NPM: see {@link DryRun}. */
    public <T> T run(Duration budget, List<String> notices, Optional<DryRun> dryRun, Supplier<T> work) {
        Frame before = current.get();
        Optional<Frame> outer = frame();
        Frame mine = outer.orElseGet(() -> new Frame(clock.instant().plus(budget), budget, notices, dryRun));
        current.set(mine);
        try {
            return work.get();
        } finally {
            if (outer.isEmpty()) {
                mine.open = false;
            }
            current.set(before);
        }
    }

    private Optional<Frame> frame() {
        Frame frame = current.get();
        return frame != null && frame.open ? Optional.of(frame) : Optional.empty();
    }

    /** Time left to the running call, or empty outside a call. */
    Optional<Duration> remaining() {
        return frame().map(frame -> Duration.between(clock.instant(), frame.end));
    }

    /** The running call's budget, for messages (zero outside a call). */
    Duration budget() {
        return frame().map(frame -> frame.budget).orElse(Duration.ZERO);
    }

    /** Whether the call running on this thread is a dry run, which must change nothing anywhere. */
    public boolean dryRunning() {
        return dryRun().isPresent();
    }

    /** The running call's dry run, if it is one. */
    Optional<DryRun> dryRun() {
        return frame().flatMap(frame -> frame.dryRun);
    }

    /** Something the result of the running call must tell its user; logged only, outside a call. */
    void notice(String text) {
        frame().ifPresent(frame -> frame.notices.add(text));
    }
}
