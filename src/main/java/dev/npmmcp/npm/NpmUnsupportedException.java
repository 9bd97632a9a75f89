package dev.npmmcp.npm;

/** This NPM version lacks the feature the request needs; npm-mcp refuses instead of collecting NPM's 400. */
public final class NpmUnsupportedException extends NpmApiException {

    public NpmUnsupportedException(String instance, String operationId, int status, String npmMessage, String hint) {
        super(instance, operationId, status, npmMessage, hint, null);
    }

    public NpmUnsupportedException(String instance, String operationId, int status, String npmMessage, String hint, Throwable cause) {
        super(instance, operationId, status, npmMessage, hint, cause);
    }
}
