package dev.npmmcp.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.npm.TestPki;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The offline checks of custom files, at chosen moments (the test certificates are valid for 30 days). */
class CustomCertificateChecksTest {

    private static TestPki.Issued wildcard;
    private static CustomCertificateFiles files;

    @BeforeAll
    static void issue() throws Exception {
        wildcard = TestPki.rsa("example.test", "*.example.test", "example.test");
        files = new CustomCertificateFiles(wildcard.certificatePem(), wildcard.pkcs8KeyPem(), Optional.empty());
    }

    @Test
    void shouldFailACertificateThatExpired() {
        assertThat(outcome(CustomCertificateChecks.run(files, List.of(), Instant.now().plus(Duration.ofDays(60))),
                "validity")).isEqualTo(CertificateCheck.Outcome.FAIL);
    }

    @Test
    void shouldWarnAboutACertificateThatIsNotValidYetOrExpiresSoon() {
        assertThat(outcome(CustomCertificateChecks.run(files, List.of(), Instant.now().minus(Duration.ofDays(5))),
                "validity")).isEqualTo(CertificateCheck.Outcome.WARN);
        assertThat(outcome(CustomCertificateChecks.run(files, List.of(), Instant.now()), "validity"))
                .isEqualTo(CertificateCheck.Outcome.WARN);
    }

    @Test
    void shouldCoverOneLabelUnderAWildcardOnly() {
        assertThat(outcome(CustomCertificateChecks.run(files, List.of("app.example.test", "example.test"),
                Instant.now()), "domains")).isEqualTo(CertificateCheck.Outcome.PASS);
        assertThat(outcome(CustomCertificateChecks.run(files, List.of("a.b.example.test"), Instant.now()),
                "domains")).isEqualTo(CertificateCheck.Outcome.FAIL);
    }

    @Test
    void shouldStopAtAnUnreadableCertificate() {
        List<CertificateCheck> checks = CustomCertificateChecks.run(
                new CustomCertificateFiles("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----",
                        wildcard.pkcs8KeyPem(), Optional.empty()),
                List.of(), Instant.now());

        assertThat(checks).singleElement().satisfies(c -> {
            assertThat(c.check()).isEqualTo("certificate_pem");
            assertThat(c.outcome()).isEqualTo(CertificateCheck.Outcome.FAIL);
        });
    }

    private static CertificateCheck.Outcome outcome(List<CertificateCheck> checks, String check) {
        return checks.stream().filter(c -> c.check().equals(check)).findFirst().orElseThrow().outcome();
    }
}
