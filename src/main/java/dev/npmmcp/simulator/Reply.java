package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What a handler answers: a status and body, or (like NPM on some inputs) no answer at all. */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers, boolean noAnswer) {

    static Reply json(int status, JsonNode body) {
        return new Reply(status, "application/json; charset=utf-8", Json.write(body).getBytes(StandardCharsets.UTF_8),
                Map.of(), false);
    }

    static Reply ok(JsonNode body) {
        return json(200, body);
    }

    static Reply created(JsonNode body) {
        return json(201, body);
    }

    static Reply bytes(int status, String contentType, byte[] body, Map<String, String> headers) {
        return new Reply(status, contentType, body, headers, false);
    }

    static Reply empty(int status) {
        return new Reply(status, "", new byte[0], Map.of(), false);
    }

    static Reply none() {
        return new Reply(0, "", new byte[0], Map.of(), true);
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
