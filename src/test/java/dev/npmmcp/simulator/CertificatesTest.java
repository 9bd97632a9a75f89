package dev.npmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CertificatesTest {

    private static NpmSimulator start(NpmProfile profile, AcmeMode acme) {
        return NpmSimulator.builder().profile(profile).acme(acme).admin("admin@example.com", "changeme123").start();
    }

    private static Api admin(NpmSimulator sim) {
        return new Api(sim).login("admin@example.com", "changeme123");
    }

    @Test
    void shouldUploadCustomCertificateAndReturnItsKeyOnGet() throws Exception {
        try (NpmSimulator sim = start(NpmProfile.V2_15, AcmeMode.ISSUE)) {
            Api api = admin(sim);
            Api.Answer created = api.post("/nginx/certificates", "{\"provider\":\"other\",\"nice_name\":\"mine\"}");
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("domain_names")).isEmpty();
            TestCertificates files = TestCertificates.selfSigned("tls.test.local");
            String[] form = TestCertificates.multipart("certificate", files.certificatePem(), "certificate_key",
                    files.keyPem());

            Api.Answer validated = api.send("POST", "/nginx/certificates/validate", Optional.of(form[0]), form[1]);
            assertThat(validated.json().get("certificate").get("cn").asText()).isEqualTo("tls.test.local");
            assertThat(validated.json().get("certificate").get("issuer").asText()).isEqualTo("CN = tls.test.local");
            assertThat(validated.json().get("certificate").get("dates").get("to").asLong())
                    .isEqualTo(files.notAfter().getEpochSecond());

            Api.Answer uploaded = api.send("POST", "/nginx/certificates/1/upload", Optional.of(form[0]), form[1]);
            assertThat(uploaded.status()).isEqualTo(200);
            var stored = api.get("/nginx/certificates/1").json();
            assertThat(stored.get("domain_names").get(0).asText()).isEqualTo("tls.test.local");
            assertThat(stored.get("meta").get("certificate_key").asText()).contains("PRIVATE KEY");
        }
    }

    @Test
    void shouldRefuseGarbageCertificateOnValidate() {
        try (NpmSimulator sim = start(NpmProfile.V2_15, AcmeMode.ISSUE)) {
            String[] form = TestCertificates.multipart("certificate", "nope", "certificate_key", "nope");
            Api.Answer answer = admin(sim).send("POST", "/nginx/certificates/validate", Optional.of(form[0]), form[1]);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.message()).startsWith("Certificate is not valid (");
        }
    }

    @Test
    void shouldIssueRenewAndDownloadLetsEncryptWhenAcmeWorks() {
        try (NpmSimulator sim = start(NpmProfile.V2_15, AcmeMode.ISSUE)) {
            Api api = admin(sim);
            Api.Answer issued = api.post("/nginx/certificates",
                    "{\"provider\":\"letsencrypt\",\"domain_names\":[\"le.example.net\"],\"meta\":{\"key_type\":\"ecdsa\"}}");
            assertThat(issued.status()).isEqualTo(201);
            assertThat(issued.json().get("nice_name").asText()).isEqualTo("le.example.net");
            assertThat(issued.json().get("expires_on").asText()).isNotEqualTo(issued.json().get("created_on").asText());
            assertThat(api.post("/nginx/certificates/1/renew", "").status()).isEqualTo(200);
            Api.Answer download = api.get("/nginx/certificates/1/download");
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.text()).startsWith("PK");
        }
    }

    @Test
    void shouldFailLetsEncryptWithoutKeepingARecordWhenAcmeIsUnreachable() {
        try (NpmSimulator sim = start(NpmProfile.V2_15, AcmeMode.UNREACHABLE)) {
            Api api = admin(sim);
            Api.Answer failed = api.post("/nginx/certificates",
                    "{\"provider\":\"letsencrypt\",\"domain_names\":[\"le.example.net\"]}");
            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.json().path("debug").path("previous").path("syscall").asText()).isEqualTo("spawn certbot");
            assertThat(api.get("/nginx/certificates").json()).isEmpty();
            Api.Answer custom = api.post("/nginx/certificates", "{\"provider\":\"other\",\"nice_name\":\"x\"}");
            assertThat(custom.json().get("id").asInt()).isEqualTo(2);
        }
    }

    @Test
    void shouldRefuseRenewAndDownloadOfCustomCertificatesWithDebug() {
        try (NpmSimulator sim = start(NpmProfile.V2_15, AcmeMode.ISSUE)) {
            Api api = admin(sim);
            api.post("/nginx/certificates", "{\"provider\":\"other\",\"nice_name\":\"x\"}");
            Api.Answer renew = api.post("/nginx/certificates/1/renew", "");
            assertThat(renew.message()).isEqualTo("Only Let'sEncrypt certificates can be renewed");
            assertThat(renew.json().path("debug").path("stack").get(0).asText())
                    .isEqualTo("Error: Only Let'sEncrypt certificates can be renewed");
            assertThat(api.get("/nginx/certificates/1/download").message())
                    .isEqualTo("Only Let'sEncrypt certificates can be downloaded");
        }
    }

    @Test
    void shouldTakeAccountFieldsUpTo212AndKeyTypeFrom213() {
        String account = "{\"provider\":\"letsencrypt\",\"domain_names\":[\"a.example.net\"],"
                + "\"meta\":{\"letsencrypt_email\":\"a@b.c\",\"letsencrypt_agree\":true}}";
        String keyType = "{\"provider\":\"letsencrypt\",\"domain_names\":[\"b.example.net\"],"
                + "\"meta\":{\"key_type\":\"rsa\"}}";
        try (NpmSimulator old = start(NpmProfile.V2_12, AcmeMode.ISSUE);
                NpmSimulator fresh = start(NpmProfile.V2_13, AcmeMode.ISSUE)) {
            Api oldApi = admin(old);
            Api freshApi = admin(fresh);
            assertThat(oldApi.post("/nginx/certificates", account).status()).isEqualTo(201);
            assertThat(oldApi.post("/nginx/certificates", keyType).message())
                    .isEqualTo("data/meta must NOT have additional properties");
            assertThat(freshApi.post("/nginx/certificates", account).message()).isEqualTo(
                    "data/meta must NOT have additional properties, data/meta must NOT have additional properties");
            assertThat(freshApi.post("/nginx/certificates", keyType).status()).isEqualTo(201);
        }
    }

    @Test
    void shouldServeDnsProvidersAndTestHttpTheWayEachVersionRoutesThem() {
        try (NpmSimulator old = start(NpmProfile.V2_12, AcmeMode.ISSUE);
                NpmSimulator fresh = start(NpmProfile.V2_15, AcmeMode.ISSUE)) {
            Api oldApi = admin(old);
            Api freshApi = admin(fresh);
            Api.Answer oldProviders = oldApi.get("/nginx/certificates/dns-providers");
            assertThat(oldProviders.status()).isEqualTo(400);
            assertThat(oldProviders.json().path("debug").path("stack").get(0).asText())
                    .contains("data/certificate_id must be integer");
            assertThat(freshApi.get("/nginx/certificates/dns-providers").json().get(0).has("credentials")).isTrue();

            assertThat(oldApi.post("/nginx/certificates/test-http", "{\"domains\":[\"x.test.local\"]}").message())
                    .isEqualTo("Item Not Found - /nginx/certificates/test-http");
            assertThat(oldApi.get("/nginx/certificates/test-http?domains=%5B%22x.test.local%22%5D").json()
                    .get("x.test.local").asText()).isEqualTo("no-host");
            assertThat(freshApi.post("/nginx/certificates/test-http", "{\"domains\":[\"x.test.local\"]}").status())
                    .isEqualTo(200);
            assertThat(freshApi.post("/nginx/certificates/test-http", "{\"domains\":[]}").message())
                    .isEqualTo("data/domains must NOT have fewer than 1 items");
        }
    }

    @Test
    void shouldListDnsProvidersByDisplayNameIgnoringCaseAndPunctuationWithArvanFrom215() {
        try (NpmSimulator v213 = start(NpmProfile.V2_13, AcmeMode.ISSUE);
                NpmSimulator v215 = start(NpmProfile.V2_15, AcmeMode.ISSUE)) {
            assertThat(ids(admin(v213).get("/nginx/certificates/dns-providers").json()))
                    .startsWith("acmedns", "active24", "edgedns", "aliyun", "kas", "azure");
            assertThat(ids(admin(v215).get("/nginx/certificates/dns-providers").json()))
                    .startsWith("acmedns", "active24", "edgedns", "aliyun", "kas", "arvan", "azure");
        }
    }

    private static List<String> ids(JsonNode providers) {
        List<String> ids = new ArrayList<>();
        providers.forEach(provider -> ids.add(provider.path("id").asText()));
        return ids;
    }

    @Test
    void shouldLeaveDanglingCertificateIdAfterDelete() {
        try (NpmSimulator sim = start(NpmProfile.V2_15, AcmeMode.ISSUE)) {
            Api api = admin(sim);
            api.post("/nginx/certificates", "{\"provider\":\"other\",\"nice_name\":\"x\"}");
            api.post("/nginx/proxy-hosts", "{\"domain_names\":[\"a.example.net\"],\"forward_scheme\":\"http\","
                    + "\"forward_host\":\"h\",\"forward_port\":80,\"certificate_id\":1}");
            assertThat(api.delete("/nginx/certificates/1").text()).isEqualTo("true");
            assertThat(api.get("/nginx/proxy-hosts/1").json().get("certificate_id").asInt()).isEqualTo(1);
        }
    }

    @Test
    void shouldIssueInlineCertificateAndResetSslFlagsOnCreate() {
        try (NpmSimulator sim = start(NpmProfile.V2_15, AcmeMode.ISSUE)) {
            Api api = admin(sim);
            Api.Answer created = api.post("/nginx/proxy-hosts", "{\"domain_names\":[\"n.example.net\"],"
                    + "\"forward_scheme\":\"http\",\"forward_host\":\"h\",\"forward_port\":80,"
                    + "\"certificate_id\":\"new\",\"ssl_forced\":true,\"http2_support\":true}");
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.json().get("certificate_id").asInt()).isEqualTo(1);
            assertThat(created.json().get("ssl_forced").asBoolean()).isFalse();
            assertThat(api.get("/nginx/certificates/1").json().get("provider").asText()).isEqualTo("letsencrypt");
        }
    }
}
