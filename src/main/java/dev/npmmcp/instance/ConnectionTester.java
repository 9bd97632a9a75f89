package dev.npmmcp.instance;

import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.npm.NpmAuthenticationException;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.npm.NpmServerInfo;
import dev.npmmcp.npm.NpmUnreachableException;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.tool.ToolFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Tests an instance step by step (reachability and TLS, NPM's version, login) with a throwaway client and token
 * store, so the test proves the credentials themselves rather than a token cached earlier, and leaves nothing behind.
 */
final class ConnectionTester {

    private final InstanceSettings settings;
    private final SecretReferences references;

    ConnectionTester(InstanceSettings settings, SecretReferences references) {
        this.settings = settings;
        this.references = references;
    }

    ConnectionReport test(InstanceSpec spec, Optional<Duration> timeout) {
        String baseUrl = spec.baseUri().toString();
        String tls = !spec.useHttps()
                ? "plain HTTP"
                : !spec.verifySsl()
                        ? "NOT verified (verify_ssl=false)"
                        : spec.caCert().isPresent() ? "verified with ca_cert" : "verified";
        InstanceSpec resolved;
        try {
            resolved = references.resolve(spec);
        } catch (ToolFailure e) {
            return new ConnectionReport(spec.name(), baseUrl, false, tls, false, Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(e.getMessage()), Optional.of(e.hint()));
        }
        try (NpmClient client =
                NpmClient.connect(NpmConnections.of(resolved, settings, timeout), TokenStore.inMemory())) {
            long started = System.nanoTime();
            try {
                client.send(new NpmRequest("health", NpmRequest.Method.GET, "/", Map.of(), Optional.empty(), false));
            } catch (NpmUnreachableException e) {
                boolean tlsFailed = causedBy(e, SSLException.class);
                return new ConnectionReport(spec.name(), baseUrl, false, tlsFailed ? "failed" : tls, false,
                        Optional.empty(), Optional.empty(), Optional.empty(),
                        List.of((tlsFailed ? "TLS handshake failed: " : "NPM is not reachable: ") + e.npmMessage()),
                        Optional.of(tlsFailed ? tlsHint(spec) : e.hint()));
            } catch (NpmApiException e) {
                return new ConnectionReport(spec.name(), baseUrl, false, tls, false, Optional.empty(),
                        Optional.empty(), Optional.empty(),
                        List.of("something answered at " + baseUrl + "/api/ but not as NPM does: " + e.getMessage()),
                        Optional.of("Check the host and port: NPM's admin API is on port 81 unless it is proxied."));
            }
            long latencyMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
            NpmServerInfo info;
            try {
                info = client.serverInfo();
            } catch (NpmApiException e) {
                return new ConnectionReport(spec.name(), baseUrl, true, tls, false, Optional.empty(),
                        Optional.empty(), Optional.of(latencyMs),
                        List.of("NPM answered, but its version could not be read: " + e.getMessage()),
                        Optional.of(e.hint()));
            }
            Optional<String> version = Optional.of(info.version().toString());
            List<String> problems = new ArrayList<>();
            Optional<String> hint = Optional.empty();
            boolean authenticated = false;
            if (info.setup().equals(Optional.of(false))) {
                problems.add("NPM has no admin user yet (a fresh install): nobody can log in");
                hint = Optional.of("Ask the user to open NPM's web interface and create the first admin user, then"
                        + " test again.");
            } else {
                try {
                    client.send(NpmRequest.get("getUser", "/users/me"));
                    authenticated = true;
                } catch (NpmAuthenticationException e) {
                    problems.add("NPM refused the login: " + e.npmMessage());
                    hint = Optional.of(e.hint());
                } catch (NpmApiException e) {
                    problems.add("the login could not be checked: " + e.getMessage());
                    hint = Optional.of(e.hint());
                }
            }
            return new ConnectionReport(spec.name(), baseUrl, true, tls, authenticated, version, info.setup(),
                    Optional.of(latencyMs), problems, hint);
        }
    }

    /** In the configuration's own terms: the client's hint cannot know which keys the user edits. */
    private static String tlsHint(InstanceSpec spec) {
        if (!spec.useHttps()) {
            return "NPM's admin port does not speak plain HTTP here: check the port, or set use_https: true.";
        }
        if (spec.caCert().isPresent()) {
            return "NPM's certificate was not accepted with ca_cert " + spec.caCert().get() + ": check that this PEM"
                    + " file holds the CA that signed it (for a self-signed certificate, the certificate itself) and"
                    + " that the certificate names the host " + spec.host() + "; or check that the port speaks HTTPS.";
        }
        return "NPM's certificate is not trusted (self-signed, a private CA, or not naming " + spec.host() + "), or"
                + " the port does not speak HTTPS. For instance '" + spec.name() + "' set ca_cert to the PEM file of"
                + " the CA that signed it (for a self-signed certificate, the certificate itself); only on a network"
                + " you trust, verify_ssl: false accepts any certificate.";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
