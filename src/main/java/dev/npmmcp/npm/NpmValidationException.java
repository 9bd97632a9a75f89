package dev.npmmcp.npm;

/** NPM refused the request body or parameters (400), or npm-mcp refused it before sending because NPM would mishandle it. */
public final class NpmValidationException extends NpmApiException {

    public NpmValidationException(String instance, String operationId, int status, String npmMessage, String hint) {
        super(instance, operationId, status, npmMessage, hint, null);
    }

    public NpmValidationException(String instance, String operationId, int status, String npmMessage, String hint, Throwable cause) {
        super(instance, operationId, status, npmMessage, hint, cause);
    }
}
