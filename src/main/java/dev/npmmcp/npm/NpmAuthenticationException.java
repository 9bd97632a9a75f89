package dev.npmmcp.npm;

/** Login failed, the token expired and one re-login did not help, or 2FA needs a TOTP secret. */
public final class NpmAuthenticationException extends NpmApiException {

    public NpmAuthenticationException(String instance, String operationId, int status, String npmMessage, String hint) {
        super(instance, operationId, status, npmMessage, hint, null);
    }

    public NpmAuthenticationException(String instance, String operationId, int status, String npmMessage, String hint, Throwable cause) {
        super(instance, operationId, status, npmMessage, hint, cause);
    }
}
