package dev.npmmcp.mcp;

import io.modelcontextprotocol.server.McpSyncServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves MCP over stdin/stdout. The only class that touches System.out: it takes the real stdout for the protocol and
 * points System.out at stderr, so a stray print anywhere (ours or a library's) cannot corrupt the JSON-RPC stream.
 *
 * <p>A client may write its requests and close stdin at once ({@code printf '...' | npm-mcp serve}): at the end of
 * input the requests read so far are still answered, for at most {@link #DRAIN_TIMEOUT}, and then the process ends.
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
        StdioSession session = new StdioSession(NpmMcpServer.protocolJson(), stdin, stdout);
        McpSyncServer running = server.start(session);
        LOG.info("npm-mcp {} serving MCP on stdio", ServerVersion.current());
        session.run(drain);
        LOG.info("stdin closed; stopping");
        running.closeGracefully();
        return 0;
    }
}
