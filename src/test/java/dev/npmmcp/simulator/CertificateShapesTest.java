package dev.npmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Certificate answers in NPM's shapes per release (backend/internal/certificate.js and models/certificate.js at each
 * tag): which relations a read may expand, and the meta of a Let's Encrypt certificate after issuance and renewal.
 */
class CertificateShapesTest {

    private static final String PROXY_HOST = "{\"domain_names\":[\"app.test.local\"],\"forward_scheme\":\"http\","
            + "\"forward_host\":\"10.0.0.2\",\"forward_port\":80,\"certificate_id\":1}";

    private static NpmSimulator start(NpmProfile profile) {
        return NpmSimulator.builder().profile(profile).acme(AcmeMode.PRIVATE_CA).admin("admin@example.com", "changeme123")
                .start();
    }

    private static Api admin(NpmSimulator sim) {
        return new Api(sim).login("admin@example.com", "changeme123");
    }

    private static String letsEncrypt(NpmProfile profile, String domain) {
        String meta = profile.atLeast(NpmProfile.V2_13)
                ? "{\"dns_challenge\":false}"
                : "{\"letsencrypt_email\":\"ops@example.com\",\"letsencrypt_agree\":true,\"dns_challenge\":false}";
        return "{\"provider\":\"letsencrypt\",\"domain_names\":[\"" + domain + "\"],\"meta\":" + meta + "}";
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldExpandOnlyTheRelationsEachReleaseAllows(NpmProfile profile) {
        try (NpmSimulator sim = start(profile)) {
            Api api = admin(sim);
            assertThat(api.post("/nginx/certificates", letsEncrypt(profile, "app.test.local")).status())
                    .isEqualTo(201);
            assertThat(api.post("/nginx/proxy-hosts", PROXY_HOST).status()).isEqualTo(201);

            assertThat(api.get("/nginx/certificates?expand=owner").status()).isEqualTo(200);
            Api.Answer hosts = api.get("/nginx/certificates?expand=proxy_hosts,redirection_hosts,dead_hosts");
            Api.Answer streams = api.get("/nginx/certificates/1?expand=streams");
            assertThat(api.get("/nginx/certificates?expand=access_list").status()).isEqualTo(500);

            if (profile == NpmProfile.V2_10) {
                assertThat(hosts.status()).isEqualTo(500);
                assertThat(streams.status()).isEqualTo(500);
                return;
            }
            assertThat(hosts.status()).isEqualTo(200);
            JsonNode proxyHost = hosts.json().get(0).get("proxy_hosts").get(0);
            assertThat(proxyHost.get("domain_names").get(0).asText()).isEqualTo("app.test.local");
            assertThat(proxyHost.has("is_deleted")).as("cleanExpansions drops it from 2.13")
                    .isEqualTo(profile == NpmProfile.V2_12);
            assertThat(hosts.json().get(0).get("dead_hosts")).isEmpty();
            assertThat(streams.status()).isEqualTo(profile == NpmProfile.V2_12 ? 500 : 200);
        }
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldAnswerIssuanceWithWhatOpensslReadAndRenewalWithTheWholeRow(NpmProfile profile) {
        try (NpmSimulator sim = start(profile)) {
            Api api = admin(sim);
            JsonNode issued = api.post("/nginx/certificates", letsEncrypt(profile, "le.test.local")).json();
            JsonNode info = issued.get("meta").get("letsencrypt_certificate");
            assertThat(info.get("cn").asText()).isEqualTo("le.test.local");
            assertThat(info.get("issuer").asText()).contains("Let's Encrypt");
            assertThat(info.get("dates").get("to").asLong()).isGreaterThan(info.get("dates").get("from").asLong());
            assertThat(issued.has("is_deleted")).isFalse();

            JsonNode stored = api.get("/nginx/certificates/1").json();
            assertThat(stored.get("meta").has("letsencrypt_certificate")).as("kept for the audit log only").isFalse();

            JsonNode renewed = api.post("/nginx/certificates/1/renew", "").json();
            assertThat(renewed.has("is_deleted")).as("renew answers patchAndFetchById's row").isTrue();
            assertThat(renewed.get("meta").has("letsencrypt_certificate")).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = NpmProfile.class, names = {"V2_13", "V2_15"})
    void shouldLeaveTheDnsCredentialsOutOfReadsFrom213(NpmProfile profile) {
        try (NpmSimulator sim = start(profile)) {
            Api api = admin(sim);
            Api.Answer issued = api.post("/nginx/certificates", "{\"provider\":\"letsencrypt\",\"domain_names\":"
                    + "[\"dns.test.local\"],\"meta\":{\"dns_challenge\":true,\"dns_provider\":\"cloudflare\","
                    + "\"dns_provider_credentials\":\"dns_cloudflare_api_token=abc\"}}");
            assertThat(issued.status()).isEqualTo(201);
            assertThat(issued.json().get("meta").has("dns_provider_credentials")).isFalse();
            assertThat(api.get("/nginx/certificates/1").json().get("meta").has("dns_provider_credentials")).isFalse();
            assertThat(api.get("/nginx/certificates").json().get(0).get("meta").has("dns_provider_credentials"))
                    .isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldSearchTheNiceNameOnlyAsNpmsLikeDoes(NpmProfile profile) {
        try (NpmSimulator sim = start(profile)) {
            Api api = admin(sim);
            api.post("/nginx/certificates", "{\"provider\":\"other\",\"nice_name\":\"Home Lab\","
                    + "\"domain_names\":[\"nas.example.org\"]}");
            assertThat(api.get("/nginx/certificates?query=home").json()).hasSize(1);
            assertThat(api.get("/nginx/certificates?query=nas.example").json()).isEmpty();
        }
    }
}
