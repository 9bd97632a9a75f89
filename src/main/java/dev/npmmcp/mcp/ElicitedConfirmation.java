package dev.npmmcp.mcp;

import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.ToolFailure;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.ElicitFormRequest;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the user through MCP elicitation: the client shows a message and a single yes/no field, and the user, not the
 * model, answers. Only an accepted form with {@code confirm: true} counts as agreement. The question passes through the
 * same {@link Redactor} as tool results: an action is built from the call's arguments, which may carry a secret.
 */
final class ElicitedConfirmation implements UserConfirmation {

    static final String FIELD = "confirm";

    private static final Logger LOG = LoggerFactory.getLogger(ElicitedConfirmation.class);

    private final McpSyncServerExchange exchange;
    private final Redactor redactor;

    ElicitedConfirmation(McpSyncServerExchange exchange, Redactor redactor) {
        this.exchange = exchange;
        this.redactor = redactor;
    }

    @Override
    public Answer ask(String action) {
        String shown = redactor.redact(action);
        ElicitFormRequest request = ElicitFormRequest.builder(message(shown), schema(shown)).build();
        ElicitResult result;
        try {
            result = exchange.createElicitation(request);
        } catch (RuntimeException e) {
            // a timeout, a client error or a lost connection: nobody agreed, so nothing may change
            LOG.debug("asking the user to confirm '{}' failed: {}", shown, e.toString());
            throw new ToolFailure(
                    "Not done: npm-mcp asked the user to confirm " + shown + " but got no answer.",
                    "Nothing was changed. Ask the user in the conversation whether to " + shown
                            + "; if they agree, call again with confirm: true.");
        }
        if (result == null || result.action() != ElicitResult.Action.ACCEPT || result.content() == null) {
            return Answer.DECLINED;
        }
        return Boolean.TRUE.equals(result.content().get(FIELD)) ? Answer.AGREED : Answer.DECLINED;
    }

    static String message(String action) {
        return "npm-mcp is about to " + action + ". This is destructive and npm-mcp cannot undo it. Go ahead?";
    }

    private static Map<String, Object> schema(String action) {
        return Map.of(
                "type", "object",
                "properties", Map.of(FIELD, Map.of(
                        "type", "boolean",
                        "title", "Confirm",
                        "description", "Yes, " + action)),
                "required", List.of(FIELD));
    }
}
