package dev.npmmcp.mcp;

import dev.npmmcp.tool.Progress;
import dev.npmmcp.tool.ThrottledProgress;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A call's progress as MCP {@code notifications/progress} under the {@code progressToken} its request carried in
 * {@code _meta}; without a token the client asked for none, and reports go nowhere.
 */
final class ClientProgress {

    private static final Logger LOG = LoggerFactory.getLogger(ClientProgress.class);

    private ClientProgress() {}

    /** @param redact applied to every message: they name hosts and may quote NPM */
    static Progress of(McpSyncServerExchange exchange, Map<String, Object> meta, UnaryOperator<String> redact) {
        Optional<Object> token = Optional.ofNullable(meta).map(m -> m.get("progressToken"));
        if (token.isEmpty()) {
            return Progress.NONE;
        }
        return new ThrottledProgress((done, total, message) -> {
            try {
                exchange.progressNotification(new McpSchema.ProgressNotification(
                        token.get(), (double) done, (double) total, redact.apply(message)));
            } catch (RuntimeException gone) {
                // the work goes on without its audience: a client that left is no reason to stop halfway
                LOG.debug("progress notification not sent: {}", gone.toString());
            }
        }, System::nanoTime);
    }
}
