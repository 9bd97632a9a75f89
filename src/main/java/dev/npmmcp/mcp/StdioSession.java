package dev.npmmcp.mcp;

import dev.npmmcp.mcp.ClientLines.ClientLine;
import dev.npmmcp.mcp.ClientLines.Ignored;
import dev.npmmcp.mcp.ClientLines.Message;
import dev.npmmcp.mcp.ClientLines.Rejected;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCNotification;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * One MCP session over newline-delimited JSON-RPC on a pair of streams, with the SDK's session as the protocol engine.
 * It owns what the SDK's own stdio provider gets wrong: every line is answered ({@link ClientLines}); all writes go
 * through one thread, so concurrent answers cannot collide or be lost; a cancelled request gets no answer
 * ({@link RunningCalls}); and the end of input always ends the session.
 */
final class StdioSession implements McpServerTransportProvider {

    /** A longer line is refused, not buffered: a client that never ends a line cannot exhaust the heap. */
    static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(StdioSession.class);
    private static final String CANCELLED = "notifications/cancelled";

    private final InputStream in;
    private final OutputStream out;
    private final McpJsonMapper json;
    private final ClientLines lines;
    private final InFlightRequests inFlight = new InFlightRequests();
    private final RunningCalls calls = new RunningCalls();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "npm-mcp-stdout");
        thread.setDaemon(true);
        return thread;
    });
    private final CompletableFuture<McpServerSession> session = new CompletableFuture<>();

    StdioSession(McpJsonMapper json, InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
        this.json = json;
        this.lines = new ClientLines(json);
    }

    @Override
    public void setSessionFactory(McpServerSession.Factory sessions) {
        session.complete(sessions.create(new Transport()));
    }

    @Override
    public Mono<Void> notifyClients(String method, Object params) {
        return Mono.defer(() -> session.getNow(null) == null ? Mono.empty()
                : session.join().sendNotification(method, params));
    }

    @Override
    public Mono<Void> closeGracefully() {
        return Mono.fromRunnable(this::stopWriting);
    }

    /**
     * Reads and dispatches lines until the end of input, then waits at most {@code drain} for the answers to the
     * requests read so far. Runs on the caller's thread; returns when the session is over.
     */
    void run(Duration drain) {
        McpServerSession mcp = session.join();
        try (InputStream input = new BufferedInputStream(in)) {
            readLines(input, mcp);
        } catch (IOException e) {
            LOG.debug("stdin failed; ending the session", e);
        }
        try {
            if (!inFlight.awaitAnswered(drain)) {
                LOG.warn("stdin closed; {} request(s) still unanswered after {} s, stopping without them",
                        inFlight.pending(), drain.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readLines(InputStream input, McpServerSession mcp) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b;
        while ((b = input.read()) >= 0) {
            if (b == '\n') {
                if (tooLong) {
                    reject(lines.tooLong(MAX_LINE_BYTES));
                } else {
                    dispatchSafely(mcp, line.toString(StandardCharsets.UTF_8));
                }
                line.reset();
                tooLong = false;
            } else if (!tooLong) {
                if (line.size() >= MAX_LINE_BYTES) {
                    tooLong = true;
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        }
        // a last line without its newline is not a complete stdio message: it is dropped, as the spec's framing says
    }

    /** One bad line must never end the reading: that is the SDK reader's failure this class exists to avoid. */
    private void dispatchSafely(McpServerSession mcp, String text) {
        try {
            dispatch(mcp, text);
        } catch (RuntimeException bug) {
            LOG.error("could not handle a line from the client; reading on", bug);
        }
    }

    private void dispatch(McpServerSession mcp, String text) {
        ClientLine line = lines.judge(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
        switch (line) {
            case Message(JSONRPCRequest request) -> {
                RunningCalls.Scope scope = calls.scope(request.id());
                inFlight.opened(scope.key());
                mcp.handle(request)
                        .contextWrite(context -> context.put(McpTransportContext.KEY, scope.context()))
                        .subscribe(null, error -> LOG.error("request {} failed in the SDK", scope.key(), error));
            }
            case Message(JSONRPCNotification cancel) when CANCELLED.equals(cancel.method()) -> cancelled(cancel);
            case Message(JSONRPCMessage message) -> mcp.handle(message)
                    .subscribe(null, error -> LOG.error("message failed in the SDK", error));
            case Rejected rejected -> reject(rejected);
            case Ignored(String why) -> LOG.warn("ignored {} from the client", why);
        }
    }

    /** Stops the request and makes sure nothing is written for it; the SDK has no use for this notification. */
    private void cancelled(JSONRPCNotification cancel) {
        Optional.ofNullable(cancel.params())
                .filter(Map.class::isInstance)
                .map(params -> ((Map<?, ?>) params).get("requestId"))
                .map(ClientLines::key)
                .ifPresentOrElse(key -> {
                    LOG.info("client cancelled request {}", key);
                    calls.cancel(key);
                    inFlight.closed(key);
                }, () -> LOG.warn("ignored a cancellation without a requestId"));
    }

    private void reject(Rejected rejected) {
        LOG.warn("answered a malformed line: {}", rejected.why());
        enqueue(() -> writeLine(rejected.answer()));
    }

    private Mono<Void> write(JSONRPCMessage message) {
        return Mono.fromFuture(enqueue(() -> writeNow(message)));
    }

    private CompletableFuture<Void> enqueue(Runnable write) {
        try {
            return CompletableFuture.runAsync(write, writer);
        } catch (RejectedExecutionException closed) {
            LOG.debug("session over; a message was not written");
            return CompletableFuture.completedFuture(null);
        }
    }

    private void writeNow(JSONRPCMessage message) {
        Optional<String> answered = message instanceof JSONRPCResponse response && response.id() != null
                ? Optional.of(ClientLines.key(response.id())) : Optional.empty();
        if (answered.filter(calls::dropAnswer).isPresent()) {
            LOG.debug("request {} was cancelled; its answer is not sent", answered.get());
            return;
        }
        try {
            writeLine(json.writeValueAsString(message));
        } catch (IOException e) {
            LOG.error("could not serialise a message; not sent", e);
        } finally {
            answered.ifPresent(inFlight::closed);
        }
    }

    /** JSON text holds no raw newline: one message is one line, as the stdio framing requires. */
    private void writeLine(String message) {
        try {
            out.write(message.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            LOG.debug("stdout is closed; the client left", e);
        }
    }

    private void stopWriting() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("stdout did not take the last answers within 2 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The SDK session's side of the stdio pair. */
    private final class Transport implements McpServerTransport {

        @Override
        public Mono<Void> sendMessage(JSONRPCMessage message) {
            return write(message);
        }

        @Override
        public <T> T unmarshalFrom(Object data, TypeRef<T> type) {
            return json.convertValue(data, type);
        }

        @Override
        public Mono<Void> closeGracefully() {
            return Mono.empty();
        }

        @Override
        public void close() {
            // the provider owns the streams and the writer; the session ends when the input does
        }
    }
}
