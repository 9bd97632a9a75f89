package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * NPM's error body. 500s carry no {@code code} before 2.15. Certificate routes add {@code debug} (NPM's error handler
 * does that for any path containing "nginx/certificates"): one line from 2.13, the JavaScript stack before.
 */
final class ErrorReply {

    private ErrorReply() {}

    static Reply of(SimState state, String path, NpmError error) {
        ObjectNode root = Json.object();
        ObjectNode body = root.putObject("error");
        if (error.status() != 500 || state.profile.internalErrorHasCode()) {
            body.put("code", error.status());
        }
        body.put("message", error.getMessage());
        error.i18n().ifPresent(i18n -> body.set("message_i18n", i18n));
        if (path.contains("nginx/certificates")) {
            ObjectNode debug = root.putObject("debug");
            ArrayNode stack = debug.putArray("stack");
            boolean modern = state.profile.atLeast(NpmProfile.V2_13);
            String kind = modern ? "Error" : oldKind(error);
            stack.add(error.detail().isEmpty() ? kind : kind + ": " + error.detail());
            if (!modern) {
                stack.add("    at /app/lib/validator/api.js:36:18");
            }
            error.previous().ifPresent(previous -> debug.set("previous", previous));
        }
        return Reply.json(error.status(), root);
    }

    private static String oldKind(NpmError error) {
        return error.status() == 404 ? "ItemNotFoundError" : error.kind();
    }
}
