package dev.npmmcp.mcp;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves MCP over stdin/stdout. The only class that touches System.out: it takes the real stdout for the protocol and
 * points System.out at stderr, so a stray print anywhere (ours or a library's) cannot corrupt the JSON-RPC stream.
 *
 * <p>A client may write its requests and close stdin at once ({@code printf '...' | npm-mcp serve}). The SDK stops
 * writing the moment it reads end of input, so the end is held back from it until every request read so far has been
 * answered, for at most {@link #DRAIN_TIMEOUT}. Only newline-terminated requests count: a last line without its
 * newline is not a complete stdio message.
 */
public final class StdioTransport {

    /** Long enough for a tool call against a slow NPM, short enough that a stuck call cannot keep the process alive. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(StdioTransport.class);

    private StdioTransport() {}

    /** Serves until the client closes stdin and its requests are answered; returns the process exit code. */
    public static int serve(NpmMcpServer server) {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        return serve(server, System.in, protocol, DRAIN_TIMEOUT);
    }

    static int serve(NpmMcpServer server, InputStream stdin, OutputStream stdout, Duration drain) {
        InFlightRequests inFlight = new InFlightRequests();
        CompletableFuture<Void> closed = new CompletableFuture<>();
        InputStream in = new DrainingInputStream(stdin, inFlight, drain, closed);
        OutputStream out = new AnswerTrackingOutputStream(stdout, inFlight);
        McpSyncServer running = server.start(new StdioServerTransportProvider(NpmMcpServer.protocolJson(), in, out));
        LOG.info("npm-mcp {} serving MCP on stdio", ServerVersion.current());
        closed.join();
        LOG.info("stdin closed; stopping");
        running.closeGracefully();
        return 0;
    }

    /** Reports each client line to the tracker; at end of input, waits for the answers before passing the end on. */
    private static final class DrainingInputStream extends FilterInputStream {

        private final InFlightRequests inFlight;
        private final Duration drain;
        private final CompletableFuture<Void> closed;
        private final LineSplitter lines;

        DrainingInputStream(InputStream in, InFlightRequests inFlight, Duration drain, CompletableFuture<Void> closed) {
            super(in);
            this.inFlight = inFlight;
            this.drain = drain;
            this.closed = closed;
            this.lines = new LineSplitter(inFlight::fromClient);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n;
            try {
                n = super.read(buffer, offset, length);
            } catch (IOException e) {
                closed.complete(null);
                throw e;
            }
            if (n > 0) {
                lines.accept(buffer, offset, n);
            } else if (n < 0) {
                awaitAnswers();
                closed.complete(null);
            }
            return n;
        }

        private void awaitAnswers() {
            try {
                if (!inFlight.awaitAnswered(drain)) {
                    LOG.warn("stdin closed; {} request(s) still unanswered after {} s, stopping without them",
                            inFlight.pending(), drain.toSeconds());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() throws IOException {
            closed.complete(null);
            super.close();
        }
    }

    /** Reports each server line to the tracker once it is flushed, that is once the client can read it. */
    private static final class AnswerTrackingOutputStream extends FilterOutputStream {

        private final InFlightRequests inFlight;
        private final List<String> unflushed = new ArrayList<>();
        private final LineSplitter lines = new LineSplitter(unflushed::add);

        AnswerTrackingOutputStream(OutputStream out, InFlightRequests inFlight) {
            super(out);
            this.inFlight = inFlight;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            lines.accept(bytes, offset, length);
        }

        @Override
        public synchronized void flush() throws IOException {
            out.flush();
            unflushed.forEach(inFlight::fromServer);
            unflushed.clear();
        }
    }
}
