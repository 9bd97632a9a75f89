package dev.npmmcp.mcp;

import java.util.List;
import java.util.Optional;

/**
 * Where and for whom the Streamable HTTP transport listens.
 *
 * @param bind the address to bind; loopback unless the user says otherwise
 * @param port the TCP port; 0 picks a free one (printed at start)
 * @param allowedOrigins browser origins accepted besides loopback ones
 * @param token the bearer token clients must send (NPM_MCP_HTTP_TOKEN); empty generates one, printed once on stderr
 */
public record HttpSettings(String bind, int port, List<String> allowedOrigins, Optional<String> token) {

    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8765;

    public HttpSettings {
        allowedOrigins = List.copyOf(allowedOrigins);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is out of range 0-65535");
        }
    }

    @Override
    public String toString() {
        return "HttpSettings[bind=" + bind + ", port=" + port + ", allowedOrigins=" + allowedOrigins + ", token="
                + (token.isPresent() ? "<set>" : "<generated>") + "]";
    }
}
