package dev.npmmcp.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The client's requests that have not been answered yet, seen from the JSON-RPC lines crossing stdio: a request (an
 * {@code id} and a {@code method}) from the client opens one, the server's response with that {@code id} closes it.
 * Lines that are not JSON, notifications and the client's answers to the server's own requests are ignored.
 */
final class InFlightRequests {

    private final ObjectMapper json = JsonMapper.builder().build();
    private final Set<String> pending = new HashSet<>();

    /** A complete line the client sent. */
    void fromClient(String line) {
        parse(line).filter(m -> m.hasNonNull("method")).flatMap(InFlightRequests::id).ifPresent(id -> {
            synchronized (this) {
                pending.add(id);
            }
        });
    }

    /** A complete line the server has written and flushed. */
    void fromServer(String line) {
        parse(line).filter(m -> !m.has("method")).flatMap(InFlightRequests::id).ifPresent(id -> {
            synchronized (this) {
                if (pending.remove(id)) {
                    notifyAll();
                }
            }
        });
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

    private Optional<JsonNode> parse(String line) {
        try {
            JsonNode message = json.readTree(line);
            return message != null && message.isObject() ? Optional.of(message) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The id as its JSON text, so 7 and "7" stay different ids as JSON-RPC wants. */
    private static Optional<String> id(JsonNode message) {
        JsonNode id = message.get("id");
        return id == null || id.isNull() ? Optional.empty() : Optional.of(id.toString());
    }
}
