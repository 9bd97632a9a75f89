package dev.npmmcp.mcp;

import dev.npmmcp.security.Redactor;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.ClientCapabilities;

/** How one call can ask the person behind its client to agree to a destructive change. */
interface UserConfirmation {

    enum Answer {
        AGREED,
        DECLINED,
        /** The client cannot ask its user; the tool's {@code confirm} argument is the only way to agree. */
        CANNOT_ASK
    }

    /**
     * Asks whether to do {@code action} and waits for the answer. Throws a {@code ToolFailure} when the question was
     * sent but no usable answer came back.
     */
    Answer ask(String action);

    static UserConfirmation cannotAsk() {
        return action -> Answer.CANNOT_ASK;
    }

    /**
     * Through MCP elicitation when the client declared it for forms, else {@link #cannotAsk()}.
     *
     * @param redactor the process's Redactor, the one tool results pass through
     */
    static UserConfirmation of(McpSyncServerExchange exchange, Redactor redactor) {
        return supportsFormElicitation(exchange.getClientCapabilities())
                ? new ElicitedConfirmation(exchange, redactor)
                : cannotAsk();
    }

    private static boolean supportsFormElicitation(ClientCapabilities capabilities) {
        if (capabilities == null || capabilities.elicitation() == null) {
            return false;
        }
        ClientCapabilities.Elicitation elicitation = capabilities.elicitation();
        // an empty "elicitation": {} predates the form/url split and means forms
        return elicitation.form() != null || elicitation.url() == null;
    }
}
