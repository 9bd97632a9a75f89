package dev.npmmcp.mcp;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.HashSet;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves MCP over Streamable HTTP at {@code /mcp} on embedded Jetty, behind {@link HttpAccessPolicy}, with an
 * unauthenticated {@code /health}.
 */
public final class HttpTransport implements AutoCloseable {

    static final String MCP_PATH = "/mcp";
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final Server jetty;
    private final McpSyncServer mcp;
    private final URI endpoint;

    private HttpTransport(Server jetty, McpSyncServer mcp, URI endpoint) {
        this.jetty = jetty;
        this.mcp = mcp;
        this.endpoint = endpoint;
    }

    /**
     * Starts listening. A generated token is printed once on {@code console} (stderr), the only place it ever
     * appears: the server's Redactor masks it everywhere else.
     */
    public static HttpTransport start(NpmMcpServer server, HttpSettings settings, PrintStream console)
            throws Exception {
        String secret = settings.token().orElseGet(BearerToken::generate);
        HttpAccessPolicy policy =
                new HttpAccessPolicy(BearerToken.of(secret), new HashSet<>(settings.allowedOrigins()));
        server.protect(secret);

        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(NpmMcpServer.protocolJson())
                .mcpEndpoint(MCP_PATH)
                .build();
        McpSyncServer mcp = server.start(transport);

        Server jetty = new Server();
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost(settings.bind());
        connector.setPort(settings.port());
        jetty.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        FilterHolder access = new FilterHolder(new AccessFilter(policy));
        access.setAsyncSupported(true);
        context.addFilter(access, "/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder endpoint = new ServletHolder(transport);
        endpoint.setAsyncSupported(true);
        context.addServlet(endpoint, MCP_PATH);
        context.addServlet(new ServletHolder(new HealthServlet()), HttpAccessPolicy.HEALTH_PATH);
        jetty.setHandler(context);
        jetty.start();

        String url = "http://" + hostForUrl(settings.bind()) + ":" + connector.getLocalPort() + MCP_PATH;
        if (!isLoopback(settings.bind())) {
            LOG.warn("listening on {}, which is reachable from other machines; put TLS in front of it", settings.bind());
        }
        console.println("npm-mcp: Streamable HTTP listening on " + url);
        if (settings.token().isEmpty()) {
            console.println("npm-mcp: NPM_MCP_HTTP_TOKEN is not set; clients must send this generated token"
                    + " (shown once): Authorization: Bearer " + secret);
        }
        console.flush();
        return new HttpTransport(jetty, mcp, URI.create(url));
    }

    /** Where clients connect, with the port actually bound. */
    public URI endpoint() {
        return endpoint;
    }

    public void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() throws Exception {
        mcp.closeGracefully();
        jetty.stop();
    }

    private static String hostForUrl(String bind) {
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }

    private static boolean isLoopback(String bind) {
        try {
            return InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
