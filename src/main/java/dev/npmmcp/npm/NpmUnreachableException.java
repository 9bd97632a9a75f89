package dev.npmmcp.npm;

/** No answer: connection refused, timeout, DNS or TLS failure. */
public final class NpmUnreachableException extends NpmApiException {

    public NpmUnreachableException(String instance, String operationId, int status, String npmMessage, String hint) {
        super(instance, operationId, status, npmMessage, hint, null);
    }

    public NpmUnreachableException(String instance, String operationId, int status, String npmMessage, String hint, Throwable cause) {
        super(instance, operationId, status, npmMessage, hint, cause);
    }
}
