package dev.npmmcp.npm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class NpmErrorsTest {

    private final Secrets secrets = new Secrets();
    private final NpmErrors errors = new NpmErrors("home", NpmJson.newMapper(), secrets);

    private static String error(int code, String message) {
        return "{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\"}}";
    }

    @Test
    void shouldReadNpm404ForACollectionPathAsMissingPermission() {
        NpmApiException e = errors.fromAnswer(NpmRequest.get("getProxyHosts", "/nginx/proxy-hosts"), 404,
                error(404, "Not Found - /nginx/proxy-hosts"));

        assertThat(e).isInstanceOf(NpmPermissionException.class);
        assertThat(e.hint()).isEqualTo("NPM answers 404 for a missing permission: the user may lack 'proxy_hosts'"
                + " permission (or only has 'view' for a change).");
        assertThat(e.instance()).isEqualTo("home");
        assertThat(e.operationId()).isEqualTo("getProxyHosts");
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.getMessage()).contains("home", "getProxyHosts", "404", "Not Found - /nginx/proxy-hosts");
    }

    @Test
    void shouldReadNpm404ForAnIdAsNotFound() {
        NpmApiException e = errors.fromAnswer(NpmRequest.get("getProxyHost", "/nginx/proxy-hosts/999"), 404,
                error(404, "Not Found - 999"));
        assertThat(e).isInstanceOf(NpmNotFoundException.class);
        assertThat(e.npmMessage()).isEqualTo("Not Found - 999");
    }

    @Test
    void shouldSayAdminIsNeededForUserRoutes() {
        NpmApiException e = errors.fromAnswer(NpmRequest.get("getUsers", "/users"), 404,
                error(404, "Not Found - /users"));
        assertThat(e).isInstanceOf(NpmPermissionException.class);
        assertThat(e.hint()).contains("administrator");
    }

    @Test
    void shouldReadMissing2faRouteOnOldVersionsAsUnsupported() {
        NpmApiException e = errors.fromAnswer(NpmRequest.get("getUser2faStatus", "/users/2/2fa"), 404,
                error(404, "Item Not Found - /users/2/2fa"));
        assertThat(e).isInstanceOf(NpmUnsupportedException.class);
    }

    @Test
    void shouldMapStatusesToTheirFamilyMembers() {
        NpmRequest create = NpmRequest.post("createProxyHost", "/nginx/proxy-hosts", "{}");
        assertThat(errors.fromAnswer(create, 400, error(400, "data/forward_port must be <= 65535")))
                .isInstanceOf(NpmValidationException.class);
        assertThat(errors.fromAnswer(create, 400, error(400, "app.test.local is already in use")))
                .isInstanceOf(NpmConflictException.class);
        assertThat(errors.fromAnswer(create, 400, error(400, "Token has expired")))
                .isInstanceOf(NpmAuthenticationException.class);
        assertThat(errors.fromAnswer(NpmRequest.post("requestToken", "/tokens", "{}"), 400,
                        error(400, "Invalid email or password")))
                .isInstanceOf(NpmAuthenticationException.class);
        assertThat(errors.fromAnswer(create, 401, error(401, "Invalid password")))
                .isInstanceOf(NpmAuthenticationException.class);
        assertThat(errors.fromAnswer(create, 403, error(403, "Permission Denied")))
                .isInstanceOf(NpmPermissionException.class);
        assertThat(errors.fromAnswer(create, 500, error(500, "Internal Error")))
                .isInstanceOf(NpmServerException.class);
        assertThat(errors.fromAnswer(create, 503, "<html>Service Unavailable</html>"))
                .isInstanceOf(NpmServerException.class)
                .satisfies(e -> assertThat(e.npmMessage()).contains("Service Unavailable"));
    }

    @Test
    void shouldHintAtTheEmptyPutRule() {
        NpmApiException e = errors.fromAnswer(NpmRequest.put("updateProxyHost", "/nginx/proxy-hosts/1", "{}"), 400,
                error(400, "data must NOT have fewer than 1 properties"));
        assertThat(e.hint()).contains("at least one writable field");
    }

    @Test
    void shouldPassCertbotCauseIntoTheHint() {
        String body = "{\"error\":{\"message\":\"Internal Error\"},\"debug\":{\"stack\":[\"CommandError: certbot:"
                + " not found\"]}}";
        NpmApiException e = errors.fromAnswer(NpmRequest.post("createCertificate", "/nginx/certificates", "{}"), 500,
                body);
        assertThat(e.hint()).contains("certbot", "CommandError: certbot: not found");
    }

    @Test
    void shouldHintAtHostPortAndTlsWhenUnreachable() {
        NpmRequest get = NpmRequest.get("getProxyHosts", "/nginx/proxy-hosts");
        Duration timeout = Duration.ofSeconds(5);
        assertThat(errors.fromIo(get, new ConnectException("refused"), timeout).hint()).contains("host and port");
        assertThat(errors.fromIo(get, new HttpTimeoutException("timed out"), timeout).hint()).contains("5s");
        assertThat(errors.fromIo(get, new IOException(new SSLHandshakeException("PKIX")), timeout).hint())
                .contains("TLS", "CA certificate");
    }

    @Test
    void shouldNeverCarryKnownSecretsOrJwtsInMessages() {
        secrets.register("changeme123");
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOjF9.c2lnbmF0dXJl";
        NpmApiException e = errors.fromAnswer(NpmRequest.get("getProxyHosts", "/nginx/proxy-hosts"), 400,
                error(400, "bad changeme123 " + jwt + " -----BEGIN PRIVATE KEY-----\\nABC\\n-----END PRIVATE KEY-----"));
        assertThat(e.getMessage()).doesNotContain("changeme123", jwt, "ABC").contains("***", "[private key removed]");
    }
}
