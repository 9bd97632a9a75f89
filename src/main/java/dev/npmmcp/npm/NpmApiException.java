package dev.npmmcp.npm;

import java.util.Objects;

/**
 * A failed NPM request, with what the next step should be. The message names the instance, the operation, the HTTP
 * status and NPM's own words; it never contains a token, password, TOTP secret or private key.
 */
public abstract sealed class NpmApiException extends RuntimeException
        permits NpmAuthenticationException,
                NpmPermissionException,
                NpmNotFoundException,
                NpmValidationException,
                NpmConflictException,
                NpmUnsupportedException,
                NpmServerException,
                NpmUnreachableException,
                NpmProtocolException {

    private final String instance;
    private final String operationId;
    private final int status;
    private final String npmMessage;
    private final String hint;

    NpmApiException(String instance, String operationId, int status, String npmMessage, String hint, Throwable cause) {
        super(describe(instance, operationId, status, npmMessage), cause);
        this.instance = Objects.requireNonNull(instance, "instance");
        this.operationId = Objects.requireNonNull(operationId, "operationId");
        this.status = status;
        this.npmMessage = Objects.requireNonNull(npmMessage, "npmMessage");
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    private static String describe(String instance, String operationId, int status, String npmMessage) {
        String where = "NPM instance '" + instance + "', " + operationId;
        String what = status > 0 ? "HTTP " + status + (npmMessage.isEmpty() ? "" : ": " + npmMessage) : npmMessage;
        return where + ": " + what;
    }

    public String instance() {
        return instance;
    }

    public String operationId() {
        return operationId;
    }

    /** The HTTP status, or 0 when no answer came (unreachable) or the request was refused before sending. */
    public int status() {
        return status;
    }

    /** NPM's {@code error.message}, or what went wrong when NPM did not answer. */
    public String npmMessage() {
        return npmMessage;
    }

    /** What to do next, written for a person or an LLM. */
    public String hint() {
        return hint;
    }
}
