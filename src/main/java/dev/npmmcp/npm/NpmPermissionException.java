package dev.npmmcp.npm;

/** The user lacks a permission: NPM mostly says so with a 404 (it loses its own permission error), sometimes 403. */
public final class NpmPermissionException extends NpmApiException {

    public NpmPermissionException(String instance, String operationId, int status, String npmMessage, String hint) {
        super(instance, operationId, status, npmMessage, hint, null);
    }

    public NpmPermissionException(String instance, String operationId, int status, String npmMessage, String hint, Throwable cause) {
        super(instance, operationId, status, npmMessage, hint, cause);
    }
}
