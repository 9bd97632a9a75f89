package dev.npmmcp.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import java.io.IOException;
import java.util.Optional;

/**
 * Judges each line a stdio client sends before the SDK sees it. The SDK's own stdio reader leaves its loop on the first
 * line it cannot turn into a message, and the session is then deaf for good; here every line gets the answer JSON-RPC
 * prescribes (or, for a broken notification or response, none) and reading goes on.
 */
final class ClientLines {

    /** What one line is. */
    sealed interface ClientLine {}

    /** A well-formed message, for the SDK. */
    record Message(JSONRPCMessage message) implements ClientLine {}

    /**
     * A line the client is told is wrong: the JSON-RPC error answer, as its line of JSON text. Written here, not by the
     * SDK's mapper, which leaves out null fields: an answer whose request id is unknown must say {@code "id": null}.
     */
    record Rejected(String answer, String why) implements ClientLine {}

    /** A line JSON-RPC answers with nothing: blank, or a notification or response that is broken. */
    record Ignored(String why) implements ClientLine {}

    private final ObjectMapper tree = new ObjectMapper();
    private final McpJsonMapper sdk;

    ClientLines(McpJsonMapper sdk) {
        this.sdk = sdk;
    }

    ClientLine judge(String line) {
        if (line.isBlank()) {
            return new Ignored("a blank line");
        }
        JsonNode node;
        try {
            node = tree.readTree(line);
        } catch (JsonProcessingException e) {
            return reject(null, ErrorCodes.PARSE_ERROR, "Parse error: the line is not JSON");
        }
        if (node.isArray()) {
            return reject(null, ErrorCodes.INVALID_REQUEST,
                    "Invalid Request: MCP has no JSON-RPC batches; send each message on its own line");
        }
        if (!node.isObject()) {
            return reject(null, ErrorCodes.INVALID_REQUEST, "Invalid Request: a message is a JSON object");
        }
        return node.has("method") ? judgeRequestOrNotification(node, line) : judgeResponse(node, line);
    }

    private ClientLine judgeRequestOrNotification(JsonNode node, String line) {
        boolean notification = !node.has("id");
        Object id = id(node.get("id")).orElse(null);
        String problem = null;
        if (!"2.0".equals(node.path("jsonrpc").textValue())) {
            problem = "\"jsonrpc\" must be \"2.0\"";
        } else if (!node.get("method").isTextual()) {
            problem = "\"method\" must be a string";
        } else if (!notification && id == null) {
            problem = "\"id\" must be a string or an integer (MCP does not allow null)";
        }
        if (problem != null) {
            return notification ? new Ignored("a notification whose " + problem)
                    : reject(id, ErrorCodes.INVALID_REQUEST, "Invalid Request: " + problem);
        }
        JsonNode params = node.get("params");
        if (params != null && !params.isObject()) {
            return notification ? new Ignored("a notification whose params are not an object")
                    : reject(id, ErrorCodes.INVALID_PARAMS, "Invalid params: \"params\" must be an object");
        }
        return message(line).<ClientLine>map(Message::new).orElseGet(() -> notification
                ? new Ignored("a notification the SDK cannot read")
                : reject(id, ErrorCodes.INVALID_REQUEST, "Invalid Request: not a JSON-RPC request"));
    }

    /** An answer to one of the server's own requests (elicitation): never answered back, whatever is wrong with it. */
    private ClientLine judgeResponse(JsonNode node, String line) {
        if (id(node.get("id")).isEmpty() || node.has("result") == node.has("error")) {
            return new Ignored("a message with neither a method nor an id and one of result or error");
        }
        return message(line).<ClientLine>map(Message::new).orElseGet(() -> new Ignored("an unreadable response"));
    }

    private Optional<JSONRPCMessage> message(String line) {
        try {
            return Optional.of(McpSchema.deserializeJsonRpcMessage(sdk, line));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** JSON-RPC ids are strings or numbers; MCP adds "not null", and a fraction makes no sense as one. */
    private static Optional<Object> id(JsonNode id) {
        if (id == null) {
            return Optional.empty();
        }
        if (id.isTextual()) {
            return Optional.of(id.textValue());
        }
        if (id.isIntegralNumber()) {
            return Optional.of(id.canConvertToLong() ? (Object) id.longValue() : id.bigIntegerValue());
        }
        return Optional.empty();
    }

    /** The answer to a line over the size limit, which is not read: its id is unknown. */
    Rejected tooLong(int limit) {
        return reject(null, ErrorCodes.INVALID_REQUEST,
                "Invalid Request: a message longer than " + limit + " bytes is not read");
    }

    private Rejected reject(Object id, int code, String message) {
        ObjectNode answer = tree.createObjectNode().put("jsonrpc", McpSchema.JSONRPC_VERSION);
        answer.set("id", tree.valueToTree(id));
        answer.putObject("error").put("code", code).put("message", message);
        return new Rejected(answer.toString(), message);
    }

    /**
     * An id as its JSON text, so that 7 and "7" stay two ids as JSON-RPC wants, and 7 read as an Integer by the SDK
     * and as a Long here stay one.
     */
    static String key(Object id) {
        return id instanceof String text ? '"' + text + '"' : String.valueOf(id);
    }
}
