package dev.npmmcp.tool;

import java.util.function.LongSupplier;

/**
 * Passes on only reports that say something new: a step at least 1% of the total past the last one sent, or any
 * step after {@value #INTERVAL_MILLIS} ms of silence, and always the final one. {@code progress} only ever grows, so
 * reports that arrive late from a slower thread are dropped rather than sent out of order. A 5,000-host toggle thus
 * sends about a hundred notifications, not five thousand.
 */
public final class ThrottledProgress implements Progress {

    static final long INTERVAL_MILLIS = 100;

    private final Progress sink;
    private final LongSupplier nanoTime;
    private long lastDone;
    private long lastNanos;
    private boolean sentAny;

    /** @param nanoTime a monotonic clock, {@code System::nanoTime} outside tests */
    public ThrottledProgress(Progress sink, LongSupplier nanoTime) {
        this.sink = sink;
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized void report(long done, long total, String message) {
        if (total < 1 || done < 0 || done > total || (sentAny && done <= lastDone)) {
            return;
        }
        long now = nanoTime.getAsLong();
        long step = Math.max(1, total / 100);
        boolean due = !sentAny || done == total || done - lastDone >= step
                || now - lastNanos >= INTERVAL_MILLIS * 1_000_000;
        if (due) {
            sink.report(done, total, message);
            sentAny = true;
            lastDone = done;
            lastNanos = now;
        }
    }
}
