package dev.npmmcp.mcp;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * The client's requests not answered yet, by {@link ClientLines#key id key}: at the end of input the session waits
 * for them, so that a client that writes its requests and closes stdin at once still reads every answer.
 */
final class InFlightRequests {

    private final Set<String> pending = new HashSet<>();

    synchronized void opened(String key) {
        pending.add(key);
    }

    synchronized void closed(String key) {
        if (pending.remove(key)) {
            notifyAll();
        }
    }

    synchronized int pending() {
        return pending.size();
    }

    /** Waits until every request seen so far is answered, at most {@code timeout}; whether they all were. */
    synchronized boolean awaitAnswered(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!pending.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
