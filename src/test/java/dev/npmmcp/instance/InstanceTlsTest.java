package dev.npmmcp.instance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.npm.TestPki;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringBackend;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.simulator.NpmSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS settings of instances.yaml end to end: the simulator serves HTTPS with a self-signed certificate, and the
 * instance tools report what a user sees.
 */
class InstanceTlsTest {

    private static final String ADMIN = "admin@example.com";
    private static final String PASSWORD = "changeme123";

    private static TestPki.Issued certificate;
    private static NpmSimulator sim;

    @TempDir
    Path home;

    private InstanceRegistry registry;

    @BeforeAll
    static void startHttps() throws Exception {
        certificate = TestPki.rsa("127.0.0.1", "127.0.0.1");
        sim = NpmSimulator.builder().https(certificate.serverContext()).admin(ADMIN, PASSWORD).start();
    }

    @AfterAll
    static void stopHttps() {
        sim.close();
    }

    @AfterEach
    void close() {
        if (registry != null) {
            registry.close();
        }
    }

    /** One instance "tls" pointing at the simulator with these extra lines. */
    private InstanceRegistry open(String tlsLines) throws Exception {
        Path file = home.resolve("instances.yaml");
        Files.writeString(file, """
                instances:
                  - name: tls
                    host: 127.0.0.1
                    port: %d
                    use_https: true
                    username: %s
                    password: %s
                %s""".formatted(sim.baseUri().getPort(), ADMIN, PASSWORD, tlsLines.indent(4)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        InstanceConfigLoader loader = new InstanceConfigLoader(Map.of(), home);
        registry = InstanceRegistry.open(loader.load(Optional.of(file)), loader, TokenStore.inMemory(),
                new Redactor(), new Keyring(KeyringBackend.inMemory()));
        return registry;
    }

    private JsonNode validate() {
        return new ToolHarness(registry).call("npm_validate_instance_config", Map.of("instance_name", "tls"));
    }

    @Test
    void shouldRefuseTheSelfSignedCertificateByDefaultAndSayWhatToSet() throws Exception {
        open("");
        int logins = sim.requestCount("requestToken");

        JsonNode result = validate();

        assertThat(result.path("valid").asBoolean()).isFalse();
        assertThat(result.path("connection").path("tls").asText()).isEqualTo("failed");
        assertThat(result.path("problems").toString()).contains("TLS handshake failed");
        assertThat(result.path("connection").path("hint").asText())
                .contains("'tls'", "ca_cert", "self-signed", "verify_ssl: false");
        assertThat(sim.requestCount("requestToken")).as("no password sent").isEqualTo(logins);
    }

    @Test
    void shouldAcceptTheCertificateWithCaCertForTestsAndToolCalls() throws Exception {
        Path pem = Files.writeString(home.resolve("npm-ca.pem"), certificate.certificatePem());
        open("ca_cert: " + pem);

        JsonNode result = new ToolHarness(registry).call("npm_manage_instance",
                Map.of("operation", "test", "instance_name", "tls"));

        assertThat(result.path("connection").path("authenticated").asBoolean()).isTrue();
        assertThat(result.path("connection").path("tls").asText()).isEqualTo("verified with ca_cert");
        assertThat(registry.resolve(Optional.of("tls")).client().send(NpmRequest.get("getUser", "/users/me"))
                .path("email").asText()).isEqualTo(ADMIN);
    }

    @Test
    void shouldAcceptAnyCertificateWithVerifySslFalseAndWarnAtEveryStart() throws Exception {
        String atStart = StderrCapture.during(() -> {
            try {
                open("verify_ssl: false");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        JsonNode result = validate();

        assertThat(atStart).contains("WARN", "instance 'tls'", "verify_ssl is false", "ca_cert");
        assertThat(result.path("valid").asBoolean()).isTrue();
        assertThat(result.path("connection").path("tls").asText()).isEqualTo("NOT verified (verify_ssl=false)");
        assertThat(result.path("warnings").toString()).contains("verify_ssl is false");
    }
}
