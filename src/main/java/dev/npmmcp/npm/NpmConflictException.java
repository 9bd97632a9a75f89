package dev.npmmcp.npm;

/** The request clashes with the current state: a domain already in use, a host already enabled or disabled. */
public final class NpmConflictException extends NpmApiException {

    public NpmConflictException(String instance, String operationId, int status, String npmMessage, String hint) {
        super(instance, operationId, status, npmMessage, hint, null);
    }

    public NpmConflictException(String instance, String operationId, int status, String npmMessage, String hint, Throwable cause) {
        super(instance, operationId, status, npmMessage, hint, cause);
    }
}
