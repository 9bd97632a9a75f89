package dev.npmmcp.npm;

/** NPM failed (5xx): an internal error, certbot failing, or a gateway in front of NPM. */
public final class NpmServerException extends NpmApiException {

    public NpmServerException(String instance, String operationId, int status, String npmMessage, String hint) {
        super(instance, operationId, status, npmMessage, hint, null);
    }

    public NpmServerException(String instance, String operationId, int status, String npmMessage, String hint, Throwable cause) {
        super(instance, operationId, status, npmMessage, hint, cause);
    }
}
