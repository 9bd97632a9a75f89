package dev.npmmcp.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.simulator.NpmSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TLS settings against the simulator serving HTTPS with a self-signed certificate. */
class TlsContractTest {

    @TempDir
    Path dir;

    private static NpmClient client(NpmSimulator sim, TlsSettings tls) {
        return NpmClient.connect(new NpmConnection("tls", sim.baseUri(), SimFixture.admin(), Duration.ofSeconds(5),
                tls, 0), TokenStore.inMemory());
    }

    private Path pem(TestPki.Issued issued) throws Exception {
        Path file = dir.resolve("ca.pem");
        Files.writeString(file, issued.certificatePem());
        return file;
    }

    @Test
    void shouldTrustTheConfiguredCaCertificate() throws Exception {
        TestPki.Issued server = TestPki.rsa("127.0.0.1", "127.0.0.1");
        try (NpmSimulator sim = NpmSimulator.builder().https(server.serverContext())
                        .admin(SimFixture.ADMIN, SimFixture.PASSWORD).start();
                NpmClient client = client(sim, TlsSettings.trustingCa(pem(server)))) {
            assertThat(client.serverInfo().status()).isEqualTo("OK");
        }
    }

    @Test
    void shouldRefuseASelfSignedCertificateByDefaultWithATlsHint() throws Exception {
        TestPki.Issued server = TestPki.rsa("127.0.0.1", "127.0.0.1");
        try (NpmSimulator sim = NpmSimulator.builder().https(server.serverContext()).start();
                NpmClient client = client(sim, TlsSettings.verified())) {
            assertThatThrownBy(client::serverInfo)
                    .isInstanceOf(NpmUnreachableException.class)
                    .satisfies(e -> assertThat(((NpmApiException) e).hint()).contains("TLS", "CA certificate"));
        }
    }

    @Test
    void shouldCheckTheHostNameEvenWithATrustedCa() throws Exception {
        TestPki.Issued server = TestPki.rsa("npm.elsewhere.test", "npm.elsewhere.test");
        try (NpmSimulator sim = NpmSimulator.builder().https(server.serverContext()).start();
                NpmClient client = client(sim, TlsSettings.trustingCa(pem(server)))) {
            assertThatThrownBy(client::serverInfo).isInstanceOf(NpmUnreachableException.class);
        }
    }

    @Test
    void shouldAcceptAnyCertificateAndHostNameWhenVerificationIsOff() throws Exception {
        TestPki.Issued server = TestPki.rsa("npm.elsewhere.test", "npm.elsewhere.test");
        try (NpmSimulator sim = NpmSimulator.builder().https(server.serverContext()).start();
                NpmClient client = client(sim, TlsSettings.insecure())) {
            assertThat(client.serverInfo().status()).isEqualTo("OK");
        }
    }

    @Test
    void shouldReportAnUnreadableCaFileAsUnreachableWithoutFailingAtConstruction() throws Exception {
        try (NpmSimulator sim = SimFixture.start(dev.npmmcp.simulator.NpmProfile.V2_15);
                NpmClient client = client(sim, TlsSettings.trustingCa(dir.resolve("missing.pem")))) {
            assertThatThrownBy(client::serverInfo)
                    .isInstanceOf(NpmUnreachableException.class)
                    .satisfies(e -> assertThat(((NpmApiException) e).hint()).contains("CA certificate file"));
        }
    }
}
