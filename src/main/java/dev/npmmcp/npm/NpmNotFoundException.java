package dev.npmmcp.npm;

/** The object (id) does not exist. */
public final class NpmNotFoundException extends NpmApiException {

    public NpmNotFoundException(String instance, String operationId, int status, String npmMessage, String hint) {
        super(instance, operationId, status, npmMessage, hint, null);
    }

    public NpmNotFoundException(String instance, String operationId, int status, String npmMessage, String hint, Throwable cause) {
        super(instance, operationId, status, npmMessage, hint, cause);
    }
}
