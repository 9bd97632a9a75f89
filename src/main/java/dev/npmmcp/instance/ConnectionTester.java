package dev.npmmcp.instance;

import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.npm.NpmAuthenticationException;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.npm.NpmServerInfo;
import dev.npmmcp.npm.NpmUnreachableException;
import dev.npmmcp.npm.TokenStore;
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

    ConnectionTester(InstanceSettings settings) {
        this.settings = settings;
    }

    ConnectionReport test(InstanceSpec spec, Optional<Duration> timeout) {
        String baseUrl = spec.baseUri().toString();
        String tls = !spec.useHttps()
                ? "plain HTTP"
                : !spec.verifySsl()
                        ? "NOT verified (verify_ssl=false)"
                        : spec.caCert().isPresent() ? "verified with ca_cert" : "verified";
        try (NpmClient client = NpmClient.connect(NpmConnections.of(spec, settings, timeout), TokenStore.inMemory())) {
            long started = System.nanoTime();
            try {
                client.send(new NpmRequest("health", NpmRequest.Method.GET, "/", Map.of(), Optional.empty(), false));
            } catch (NpmUnreachableException e) {
                boolean tlsFailed = causedBy(e, SSLException.class);
                return new ConnectionReport(spec.name(), baseUrl, false, tlsFailed ? "failed" : tls, false,
                        Optional.empty(), Optional.empty(), Optional.empty(),
                        List.of((tlsFailed ? "TLS handshake failed: " : "NPM is not reachable: ") + e.npmMessage()),
                        Optional.of(e.hint()));
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

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
