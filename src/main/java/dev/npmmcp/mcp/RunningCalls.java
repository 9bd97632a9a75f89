package dev.npmmcp.mcp;

import io.modelcontextprotocol.common.McpTransportContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The requests of one stdio session that are running now, so that the client's {@code notifications/cancelled} can
 * stop one: its thread is interrupted, which abandons a blocking NPM request ({@code HttpClient.send} gives up on
 * interrupt), and its answer is never written. A cancel that arrives before the work starts stops it from starting;
 * one that arrives after the answer went out changes nothing, as the MCP spec allows.
 */
final class RunningCalls {

    /** Where the session leaves the running call's scope for the tool handler, in the SDK's transport context. */
    static final String CONTEXT_KEY = "npm-mcp.call";

    private final Map<String, Thread> running = new HashMap<>();
    private final Set<String> cancelled = new HashSet<>();

    /** The scope of one request, handed to its handler through the transport context. */
    record Scope(RunningCalls calls, String key) {

        McpTransportContext context() {
            return McpTransportContext.create(Map.of(CONTEXT_KEY, this));
        }

        /** The scope a handler runs in, if its transport made one (stdio does, HTTP does not yet). */
        static Optional<Scope> of(McpTransportContext context) {
            return context.get(CONTEXT_KEY) instanceof Scope scope ? Optional.of(scope) : Optional.empty();
        }

        /** Runs {@code work} on this thread, interruptible by a cancel; {@code ifCancelled} when cancelled first. */
        <T> T run(Supplier<T> work, Supplier<T> ifCancelled) {
            if (!calls.enter(key)) {
                return ifCancelled.get();
            }
            try {
                return work.get();
            } finally {
                calls.leave(key);
            }
        }
    }

    Scope scope(Object id) {
        return new Scope(this, ClientLines.key(id));
    }

    /** The client gave up on this request: stop it if it runs, and never answer it. */
    synchronized void cancel(String key) {
        cancelled.add(key);
        Thread thread = running.get(key);
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Whether the answer to this request must be dropped; forgets the cancel, since the id may be used again. */
    synchronized boolean dropAnswer(String key) {
        return cancelled.remove(key);
    }

    private synchronized boolean enter(String key) {
        if (cancelled.contains(key)) {
            return false;
        }
        running.put(key, Thread.currentThread());
        return true;
    }

    private synchronized void leave(String key) {
        running.remove(key);
        // a cancel that came as the work ended must not hit the next task of this pooled thread
        Thread.interrupted();
    }
}
