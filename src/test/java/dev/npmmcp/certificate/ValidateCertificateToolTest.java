package dev.npmmcp.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.npm.TestPki;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** npm_validate_certificate: every check, and that nothing is created. */
class ValidateCertificateToolTest {

    private static TestPki.Issued app;
    private static TestPki.Issued other;

    private final ValidateCertificateTool tool = new ValidateCertificateTool();
    private ToolFixture fixture;

    @BeforeAll
    static void issue() throws Exception {
        app = TestPki.rsa("app.test.local", "app.test.local");
        other = TestPki.rsa("other.test.local", "other.test.local");
    }

    private void start(NpmProfile profile) {
        fixture = ToolFixture.demo(profile);
    }

    @AfterEach
    void stop() {
        fixture.close();
        assertThat(fixture.sim().requestCount("createCertificate")).as("validation creates nothing").isZero();
        assertThat(fixture.sim().requestCount("uploadCertificate")).isZero();
    }

    @Test
    void shouldAcceptMatchingCustomFilesThatNpmReads() {
        start(NpmProfile.V2_15);

        ValidateCertificateTool.Result result = fixture.call(tool, Map.of("custom_certificate", app.certificatePem(),
                "custom_key", app.pkcs8KeyPem(), "domain_names", List.of("app.test.local")));

        assertThat(result.provider()).isEqualTo(CertificateProvider.CUSTOM);
        assertThat(result.valid()).isTrue();
        assertThat(outcome(result, "private_key")).isEqualTo(CertificateCheck.Outcome.PASS);
        assertThat(outcome(result, "npm_accepts")).isEqualTo(CertificateCheck.Outcome.PASS);
        assertThat(outcome(result, "issuer")).isEqualTo(CertificateCheck.Outcome.WARN);
        assertThat(fixture.sim().requestCount("validateCertificates")).isEqualTo(1);
    }

    @Test
    void shouldFailAKeyOfAnotherCertificateAndNamesItDoesNotCoverWithoutEchoingTheKey() throws Exception {
        start(NpmProfile.V2_15);

        ValidateCertificateTool.Result result = fixture.call(tool, Map.of("provider", "custom", "custom_certificate",
                app.certificatePem(), "custom_key", other.pkcs8KeyPem(), "domain_names", List.of("www.test.local")));

        assertThat(result.valid()).isFalse();
        assertThat(outcome(result, "private_key")).isEqualTo(CertificateCheck.Outcome.FAIL);
        assertThat(outcome(result, "domains")).isEqualTo(CertificateCheck.Outcome.FAIL);
        assertThat(ToolJson.newMapper().writeValueAsString(result)).doesNotContain("PRIVATE KEY");
    }

    @Test
    void shouldAskNpmWhetherEachDomainReachesItByPostFrom213() {
        start(NpmProfile.V2_15);

        ValidateCertificateTool.Result result = fixture.call(tool, Map.of("domain_names",
                List.of("cloud.example.net", "new.example.org")));

        assertThat(result.valid()).isFalse();
        assertThat(result.checks()).filteredOn(c -> c.check().equals("http_reachability"))
                .extracting(CertificateCheck::outcome)
                .containsExactly(CertificateCheck.Outcome.PASS, CertificateCheck.Outcome.FAIL);
        assertThat(result.checks()).anySatisfy(c -> assertThat(c.detail()).contains("new.example.org: no-host"));
        assertThat(fixture.exchange("testHttpReach").method()).isEqualTo("POST");
    }

    @Test
    void shouldAskWithGetAndSayTheNpmUsersEmailWillBeSentUpTo212() {
        start(NpmProfile.V2_12);

        ValidateCertificateTool.Result result = fixture.call(tool, Map.of("domain_names",
                List.of("cloud.example.net")));

        assertThat(fixture.exchange("testHttpReach").method()).isEqualTo("GET");
        assertThat(outcome(result, "http_reachability")).isEqualTo(CertificateCheck.Outcome.PASS);
        assertThat(outcome(result, "letsencrypt_email")).isEqualTo(CertificateCheck.Outcome.PASS);
        assertThat(result.checks()).anySatisfy(c -> assertThat(c.detail()).contains("NPM user's own will be sent"));
        assertThat(result.valid()).isTrue();
    }

    @Test
    void shouldFailWildcardsWithoutDnsChallengeAndOnlyWarnOfInternalNamesAPrivateCaMayIssue() {
        start(NpmProfile.V2_15);

        ValidateCertificateTool.Result wildcard = fixture.call(tool, Map.of("domain_names",
                List.of("*.example.net")));
        ValidateCertificateTool.Result internal = fixture.call(tool, Map.of("domain_names",
                List.of("nas.home.lan")));

        assertThat(outcome(wildcard, "domains")).isEqualTo(CertificateCheck.Outcome.FAIL);
        assertThat(outcome(internal, "domains")).isEqualTo(CertificateCheck.Outcome.WARN);
        assertThat(internal.checks()).anySatisfy(c -> assertThat(c.detail()).contains("private ACME"));
    }

    @Test
    void shouldCheckTheDnsProviderAgainstNpmsListAndTheCredentialsAgainstItsTemplate() {
        start(NpmProfile.V2_15);

        ValidateCertificateTool.Result unknown = fixture.call(tool, Map.of("domain_names", List.of("*.example.net"),
                "dns_challenge", true, "dns_provider", "cloudflair", "dns_credentials", "x=y"));
        ValidateCertificateTool.Result incomplete = fixture.call(tool, Map.of("domain_names",
                List.of("*.example.net"), "dns_challenge", true, "dns_provider", "cloudflare", "dns_credentials",
                "token=abc"));
        ValidateCertificateTool.Result complete = fixture.call(tool, Map.of("domain_names",
                List.of("*.example.net", "example.net"), "dns_challenge", true, "dns_provider", "cloudflare",
                "dns_credentials", "dns_cloudflare_api_token=abc"));

        assertThat(outcome(unknown, "dns_provider")).isEqualTo(CertificateCheck.Outcome.FAIL);
        assertThat(outcome(incomplete, "dns_provider")).isEqualTo(CertificateCheck.Outcome.WARN);
        assertThat(complete.valid()).isTrue();
        assertThat(fixture.sim().requestCount("testHttpReach")).as("a DNS challenge needs no port 80").isZero();
    }

    @Test
    void shouldFailADnsChallengeWithoutCredentialsAndSkipTheProviderListBefore213() {
        start(NpmProfile.V2_12);

        ValidateCertificateTool.Result result = fixture.call(tool, Map.of("domain_names", List.of("example.net"),
                "letsencrypt_email", "me@example.net", "dns_challenge", true, "dns_provider", "cloudflare"));

        assertThat(outcome(result, "dns_provider")).isEqualTo(CertificateCheck.Outcome.SKIPPED);
        assertThat(outcome(result, "dns_credentials")).isEqualTo(CertificateCheck.Outcome.FAIL);
        assertThat(fixture.sim().requestCount("getDNSProviders")).isZero();
    }

    private static CertificateCheck.Outcome outcome(ValidateCertificateTool.Result result, String check) {
        return result.checks().stream().filter(c -> c.check().equals(check)).findFirst().orElseThrow().outcome();
    }
}
