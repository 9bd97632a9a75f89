package dev.npmmcp.certificate;

import com.fasterxml.jackson.databind.JsonNode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.npm.TestPki;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.JsonSchemas;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import dev.npmmcp.simulator.NpmSimulator;
import org.junit.jupiter.api.Test;

/** npm_manage_certificate against the simulator: what NPM received, and what it holds afterwards. */
class ManageCertificateToolTest {

    private static final int LETS_ENCRYPT_ID = 1;
    private static final int CUSTOM_ID = 2;

    private static TestPki.Issued app;
    private static TestPki.Issued other;
    private static TestPki.Issued nas;

    private final ManageCertificateTool tool = new ManageCertificateTool();
    private ToolFixture fixture;

    @BeforeAll
    static void issue() throws Exception {
        app = TestPki.rsa("app.test.local", "app.test.local");
        other = TestPki.rsa("other.test.local", "other.test.local");
        nas = TestPki.ec("nas.home.lan", "nas.home.lan");
    }

    private void start(NpmProfile profile) {
        fixture = ToolFixture.demo(profile);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldCreateACustomCertificateAsAnOtherRecordThenUploadItsFiles() throws Exception {
        start(NpmProfile.V2_15);

        ManageCertificateTool.Result result = fixture.call(tool, Map.of("operation", "create", "provider", "custom",
                "custom_certificate", app.certificatePem(), "custom_key", app.pkcs8KeyPem()));

        CertificateView created = result.certificate().orElseThrow();
        assertThat(created.provider()).isEqualTo("custom");
        assertThat(created.niceName()).isEqualTo("app.test.local");
        assertThat(created.domainNames()).containsExactly("app.test.local");
        assertThat(fixture.exchange("createCertificate").requestBody()).hasValueSatisfying(
                body -> assertThat(body).contains("\"provider\":\"other\"").doesNotContain("PRIVATE KEY"));
        assertThat(fixture.sim().requestCount("uploadCertificate")).isEqualTo(1);
        Certificate stored = new CertificateApi(fixture.client()).get(created.id(), Set.of());
        assertThat(stored.meta().certificate()).hasValueSatisfying(pem -> assertThat(pem).contains("CERTIFICATE"));
        assertThat(ToolJson.newMapper().writeValueAsString(result)).doesNotContain("PRIVATE KEY");
    }

    @Test
    void shouldRefuseAKeyOfAnotherCertificateBeforeCreatingAnything() {
        start(NpmProfile.V2_15);

        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "create", "custom_certificate",
                        app.certificatePem(), "custom_key", other.pkcs8KeyPem())))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("private_key")
                .hasMessageNotContaining("PRIVATE KEY");
        assertThat(fixture.sim().requestCount("createCertificate")).isZero();
    }

    @Test
    void shouldRequestLetsEncryptWithoutTheAccountEmailFrom213() {
        start(NpmProfile.V2_15);

        ManageCertificateTool.Result result = fixture.call(tool, Map.of("operation", "create", "domain_names",
                List.of("new.example.org"), "letsencrypt_email", "me@example.org", "key_type", "ecdsa"));

        assertThat(result.certificate().orElseThrow().domainNames()).containsExactly("new.example.org");
        assertThat(result.checks()).anySatisfy(c -> {
            assertThat(c.check()).isEqualTo("letsencrypt_email");
            assertThat(c.outcome()).isEqualTo(CertificateCheck.Outcome.WARN);
        });
        assertThat(fixture.exchange("createCertificate").requestBody()).hasValueSatisfying(body -> assertThat(body)
                .contains("\"provider\":\"letsencrypt\"", "\"key_type\":\"ecdsa\"")
                .doesNotContain("letsencrypt_email"));
        assertThat(fixture.progress()).hasSize(2).last().asString().startsWith("2/2 Let's Encrypt issued");
    }

    @ParameterizedTest
    @EnumSource(value = NpmProfile.class, names = {"V2_10", "V2_12"})
    void shouldSendTheGivenEmailUpTo212OrElseTheNpmUsersOwnAndSaySo(NpmProfile profile) {
        start(profile);

        fixture.call(tool, Map.of("operation", "create", "domain_names", List.of("new.example.org")));

        assertThat(fixture.exchange("createCertificate").requestBody()).hasValueSatisfying(body -> assertThat(body)
                .contains("\"letsencrypt_email\":\"" + NpmSimulator.DEFAULT_ADMIN_EMAIL + "\"",
                        "\"letsencrypt_agree\":true"));
        assertThat(fixture.notices()).singleElement().asString()
                .contains("No Let's Encrypt email was given", NpmSimulator.DEFAULT_ADMIN_EMAIL, "2.13");
        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "create", "domain_names",
                        List.of("new.example.org"), "letsencrypt_email", "me@example.org", "key_type", "ecdsa")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("key_type");

        fixture.call(tool, Map.of("operation", "create", "domain_names", List.of("other.example.org"),
                "letsencrypt_email", "me@example.org"));

        assertThat(fixture.exchanges("createCertificate").getLast().requestBody())
                .hasValueSatisfying(body -> assertThat(body)
                        .contains("\"letsencrypt_email\":\"me@example.org\"", "\"letsencrypt_agree\":true"));
        assertThat(fixture.notices()).hasSize(1);
    }

    @Test
    void shouldNameTheHostsUsingACertificateAndWaitForConfirmationBeforeDeleting() {
        start(NpmProfile.V2_15);

        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "delete", "cert_id", LETS_ENCRYPT_ID)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("proxy host #1 (cloud.example.net)")
                .hasMessageContaining("confirm");
        assertThat(fixture.sim().requestCount("deleteCertificate")).isZero();

        ManageCertificateTool.Result result = fixture.call(tool, Map.of("operation", "delete", "cert_id",
                LETS_ENCRYPT_ID, "confirm", true));

        assertThat(result.danglingHosts()).extracting(HostRef::id).containsExactly(1);
        assertThat(result.message()).contains("cloud.example.net");
        assertThat(new CertificateApi(fixture.client()).list(Optional.empty(), Set.of()))
                .extracting(Certificate::id).containsExactly(CUSTOM_ID);
    }

    @Test
    void shouldRefuseToDeleteInReadOnlyMode() {
        start(NpmProfile.V2_15);

        assertThatThrownBy(() -> fixture.callReadOnly(tool, Map.of("operation", "delete", "cert_id", CUSTOM_ID,
                        "confirm", true)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("read-only");
        assertThat(fixture.sim().requestCount("deleteCertificate")).isZero();
    }

    @Test
    void shouldAskForTheIdAnOperationNeeds() {
        start(NpmProfile.V2_15);

        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "renew")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("cert_id");
    }

    @Test
    void shouldRenewLetsEncryptOnlyAndExplainWhatToDoWithACustomCertificate() {
        start(NpmProfile.V2_15);

        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "renew", "cert_id", CUSTOM_ID)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("custom");
        ManageCertificateTool.Result renewed = fixture.call(tool, Map.of("operation", "renew", "cert_id",
                LETS_ENCRYPT_ID));

        assertThat(fixture.sim().requestCount("renewCertificate")).isEqualTo(1);
        assertThat(renewed.certificate().orElseThrow().daysLeft())
                .hasValueSatisfying(days -> assertThat(days).isBetween(88L, 90L));
        assertThat(fixture.progress()).containsExactly(
                "1/2 Renewing certificate #" + LETS_ENCRYPT_ID + " with Let's Encrypt (NPM runs certbot)",
                "2/2 Let's Encrypt renewed certificate #" + LETS_ENCRYPT_ID);
    }

    @Test
    void shouldDownloadTheChainButNeverThePrivateKey() {
        start(NpmProfile.V2_15);

        ManageCertificateTool.Result result = fixture.call(tool, Map.of("operation", "download", "cert_id",
                LETS_ENCRYPT_ID));

        assertThat(result.files()).extracting(CertificateFile::name)
                .containsExactlyInAnyOrder("cert.pem", "chain.pem", "fullchain.pem");
        assertThat(fixture.exchange("downloadCertificate").responseBody()).as("NPM's zip holds the key")
                .contains("privkey.pem");
        assertThat(fixture.json(result).toString()).doesNotContain("PRIVATE KEY");
        assertThat(tool.render(result).orElseThrow()).doesNotContain("PRIVATE KEY")
                .contains("The private key is never returned");
    }

    @Test
    void shouldDownloadACustomCertificateFromItsRecordWithoutTheKeyNpmSentAlong() {
        start(NpmProfile.V2_15);

        ManageCertificateTool.Result result = fixture.call(tool, Map.of("operation", "download", "cert_id",
                CUSTOM_ID));

        assertThat(result.files()).extracting(CertificateFile::name).containsExactly("certificate.pem");
        assertThat(result.certificate().orElseThrow().usedBy()).as("the demo's NAS host uses it")
                .extracting(HostRef::toString).containsExactly("proxy host #3 (nas.home.lan)");
        assertThat(fixture.exchange("getCertificate").responseBody()).contains("certificate_key", "PRIVATE KEY");
        assertThat(fixture.json(result).toString()).doesNotContain("PRIVATE KEY");
        assertThat(tool.render(result).orElseThrow()).doesNotContain("PRIVATE KEY");
        assertThat(fixture.sim().requestCount("downloadCertificate")).isZero();
    }

    @Test
    void shouldRefuseTheRemovedIncludePrivateKeyParameter() {
        start(NpmProfile.V2_15);

        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "download", "cert_id", CUSTOM_ID,
                        "include_private_key", true)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("unknown parameter 'include_private_key'");
        assertThat(properties(JsonSchemas.bindingSchema(tool.inputType()))).doesNotContain("include_private_key");
        assertThat(properties(JsonSchemas.outputSchema(tool.outputType()))).doesNotContain("private_key");
        assertThat(tool.description()).contains("download never includes the key");
    }

    @Test
    void shouldReplaceTheFilesOfACustomCertificateOnlyWithConfirmationAndAMatchingCertificate() {
        start(NpmProfile.V2_15);
        Map<String, Object> upload = Map.of("operation", "upload", "cert_id", CUSTOM_ID, "custom_certificate",
                nas.certificatePem(), "custom_key", nas.traditionalKeyPem());

        assertThatThrownBy(() -> fixture.call(tool, upload))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("proxy host #3 (nas.home.lan)");
        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "upload", "cert_id", CUSTOM_ID,
                        "custom_certificate", app.certificatePem(), "custom_key", app.pkcs8KeyPem(), "confirm", true)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("does not cover nas.home.lan");
        assertThat(fixture.sim().requestCount("uploadCertificate")).isZero();

        Map<String, Object> confirmed = new java.util.HashMap<>(upload);
        confirmed.put("confirm", true);
        ManageCertificateTool.Result result = fixture.call(tool, confirmed);

        assertThat(fixture.sim().requestCount("uploadCertificate")).isEqualTo(1);
        assertThat(result.certificate().orElseThrow().usedBy()).extracting(HostRef::id).containsExactly(3);
        Certificate stored = new CertificateApi(fixture.client()).get(CUSTOM_ID, Set.of());
        assertThat(stored.meta().certificate()).contains(nas.certificatePem());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> properties(Map<String, Object> schema) {
        return ((Map<String, Object>) schema.get("properties")).keySet();
    }

    @Test
    void shouldSendAnInternalNameWithAWarningAndSayInNpmsTermsWhenThePublicCaRefusesIt() {
        fixture = ToolFixture.start(NpmSimulator.builder().seed(dev.npmmcp.simulator.SimulatorSeed.DEMO)
                .acme(dev.npmmcp.simulator.AcmeMode.ISSUE));

        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "create", "domain_names",
                        List.of("vault.home.arpa"))))
                .isInstanceOf(dev.npmmcp.npm.NpmServerException.class)
                .satisfies(e -> assertThat(((dev.npmmcp.npm.NpmApiException) e).hint())
                        .contains("public suffix", "private ACME server", "vault.home.arpa"));
        assertThat(fixture.sim().requestCount("createCertificate")).as("sent, not refused here").isEqualTo(1);
    }

    @Test
    void shouldHaveAPrivateAcmeCaIssueAnInternalNameAndKeepTheWarning() {
        fixture = ToolFixture.start(NpmSimulator.builder().seed(dev.npmmcp.simulator.SimulatorSeed.DEMO)
                .acme(dev.npmmcp.simulator.AcmeMode.PRIVATE_CA));

        JsonNode result = fixture.callJson(tool, Map.of("operation", "create", "domain_names",
                List.of("vault.home.arpa")));

        assertThat(result.toString()).contains("vault.home.arpa", "not under a public suffix");
    }
}
