package dev.npmmcp.mcp;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves MCP over stdin/stdout. The only class that touches System.out: it takes the real stdout for the protocol and
 * points System.out at stderr, so a stray print anywhere (ours or a library's) cannot corrupt the JSON-RPC stream.
 */
public final class StdioTransport {

    private static final Logger LOG = LoggerFactory.getLogger(StdioTransport.class);

    private StdioTransport() {}

    /** Serves until the client closes stdin; returns the process exit code. */
    public static int serve(NpmMcpServer server) {
        PrintStream protocol = System.out;
        System.setOut(System.err);
        CompletableFuture<Void> closed = new CompletableFuture<>();
        InputStream in = new EndSignallingInputStream(System.in, closed);
        McpSyncServer running = server.start(new StdioServerTransportProvider(NpmMcpServer.protocolJson(), in, protocol));
        LOG.info("npm-mcp {} serving MCP on stdio", ServerVersion.current());
        closed.join();
        LOG.info("stdin closed; stopping");
        running.closeGracefully();
        return 0;
    }

    /** Completes a future at end of input: the client is gone, so the server should go too. */
    private static final class EndSignallingInputStream extends FilterInputStream {

        private final CompletableFuture<Void> closed;

        EndSignallingInputStream(InputStream in, CompletableFuture<Void> closed) {
            super(in);
            this.closed = closed;
        }

        @Override
        public int read() throws IOException {
            try {
                return signal(super.read());
            } catch (IOException e) {
                closed.complete(null);
                throw e;
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return signal(super.read(buffer, offset, length));
            } catch (IOException e) {
                closed.complete(null);
                throw e;
            }
        }

        private int signal(int result) {
            if (result < 0) {
                closed.complete(null);
            }
            return result;
        }

        @Override
        public void close() throws IOException {
            closed.complete(null);
            super.close();
        }
    }
}
