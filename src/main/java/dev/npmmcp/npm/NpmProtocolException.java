package dev.npmmcp.npm;

/** An answer npm-mcp cannot read (not JSON, or not the expected shape). */
public final class NpmProtocolException extends NpmApiException {

    public NpmProtocolException(String instance, String operationId, int status, String npmMessage, String hint) {
        super(instance, operationId, status, npmMessage, hint, null);
    }

    public NpmProtocolException(String instance, String operationId, int status, String npmMessage, String hint, Throwable cause) {
        super(instance, operationId, status, npmMessage, hint, cause);
    }
}
