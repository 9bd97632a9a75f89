package dev.npmmcp.npm;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one NPM instance.
 *
 * @param instanceName the name users and tools refer to; appears in every error
 * @param baseUri {@code http://host:81}, without {@code /api}
 * @param timeout per request (connect and answer)
 * @param retryAttempts how many times an idempotent request (GET, PUT, DELETE) is repeated after an I/O error or a
 *     502/503/504; 0 means one attempt only. POST is never repeated.
 */
public record NpmConnection(
        String instanceName,
        URI baseUri,
        NpmCredentials credentials,
        Duration timeout,
        TlsSettings tls,
        int retryAttempts) {

    public NpmConnection {
        Objects.requireNonNull(instanceName, "instanceName");
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(tls, "tls");
        if (retryAttempts < 0) {
            throw new IllegalArgumentException("retryAttempts must be >= 0, was " + retryAttempts);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** The API root: {@code baseUri + "/api"}, whatever trailing slash the base had. */
    URI apiRoot() {
        String base = baseUri.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + "/api");
    }
}
