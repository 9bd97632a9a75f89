package dev.npmmcp.npm;

/** This NPM version lacks the feature the request needs; npm-mcp refuses instead of collecting NPM's 400. */
public final class NpmUnsupportedException extends NpmApiException {

    public NpmUnsupportedException(String instance, String operationId, int status, String npmMessage, String hint) {
        super(instance, operationId, status, npmMessage, hint, null);
    }

    public NpmUnsupportedException(String instance, String operationId, int status, String npmMessage, String hint, Throwable cause) {
        super(instance, operationId, status, npmMessage, hint, cause);
    }

    /**
     * A refusal before sending: {@code requirement} (e.g. "trust_forwarded_proto needs NPM 2.14 or newer") is more than
     * this instance's NPM version offers, which the message names.
     */
    public static NpmUnsupportedException olderThan(NpmClient client, String operationId, String requirement,
            String hint) {
        return new NpmUnsupportedException(client.instanceName(), operationId, 0,
                requirement + "; this instance is " + client.serverInfo().version(), hint);
    }
}
