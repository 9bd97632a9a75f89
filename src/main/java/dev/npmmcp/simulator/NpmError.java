package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * An error NPM answers with {@code {"error":{"code":N,"message":"..."}}}. {@code kind} and {@code detail} are the
 * JavaScript error class and text that show in {@code debug.stack} on certificate routes (an internal validation error
 * shows "Internal Error" to the client but its detail in the stack); {@code i18n} becomes {@code message_i18n};
 * {@code previous} becomes {@code debug.previous}.
 */
final class NpmError extends RuntimeException {

    private final int status;
    private final String kind;
    private final String detail;
    private final Optional<JsonNode> i18n;
    private final Optional<JsonNode> previous;

    NpmError(int status, String message, String kind, String detail, Optional<JsonNode> i18n,
            Optional<JsonNode> previous) {
        super(message, null, false, false);
        this.status = status;
        this.kind = kind;
        this.detail = detail;
        this.i18n = i18n;
        this.previous = previous;
    }

    static NpmError of(int status, String message) {
        return new NpmError(status, message, "Error", message, Optional.empty(), Optional.empty());
    }

    static NpmError validation(String message) {
        return new NpmError(400, message, "ValidationError", message, Optional.empty(), Optional.empty());
    }

    /** NPM's InternalValidationError: a 400 whose text only shows in the debug stack. */
    static NpmError internalValidation(String detail) {
        return new NpmError(400, "Internal Error", "InternalValidationError", detail, Optional.empty(),
                Optional.empty());
    }

    static NpmError internal() {
        return new NpmError(500, "Internal Error", "Error", "", Optional.empty(), Optional.empty());
    }

    /** A failed command (certbot): the cause goes to debug. */
    static NpmError command(String kind, String detail, Optional<JsonNode> previous) {
        return new NpmError(500, "Internal Error", kind, detail, Optional.empty(), previous);
    }

    NpmError withI18n(JsonNode value) {
        return new NpmError(status, getMessage(), kind, detail, Optional.of(value), previous);
    }

    int status() {
        return status;
    }

    String kind() {
        return kind;
    }

    String detail() {
        return detail;
    }

    Optional<JsonNode> i18n() {
        return i18n;
    }

    Optional<JsonNode> previous() {
        return previous;
    }
}
