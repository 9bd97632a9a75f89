package dev.npmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamsAndDeadHostsTest {

    private static final String STREAM = "{\"incoming_port\":9999,\"forwarding_host\":\"127.0.0.1\","
            + "\"forwarding_port\":22,\"tcp_forwarding\":true}";

    private static NpmSimulator start(NpmProfile profile) {
        return NpmSimulator.builder().profile(profile).admin("admin@example.com", "changeme123").start();
    }

    private static Api admin(NpmSimulator sim) {
        return new Api(sim).login("admin@example.com", "changeme123");
    }

    @Test
    void shouldAcceptSecondStreamOnUsedPortButReportItOffline() {
        try (NpmSimulator sim = start(NpmProfile.V2_15)) {
            Api api = admin(sim);
            api.post("/nginx/streams", STREAM);
            assertThat(api.post("/nginx/streams", STREAM.replace("22", "23")).status()).isEqualTo(201);
            assertThat(api.get("/nginx/streams/1").json().get("meta").get("nginx_online").asBoolean()).isTrue();
            var second = api.get("/nginx/streams/2").json().get("meta");
            assertThat(second.get("nginx_online").asBoolean()).isFalse();
            assertThat(second.get("nginx_err").asText()).contains("duplicate listen options for 0.0.0.0:9999");
        }
    }

    @Test
    void shouldRefuseStreamCertificatesAndTheirExpansionOn210() {
        try (NpmSimulator old = start(NpmProfile.V2_10); NpmSimulator fresh = start(NpmProfile.V2_12)) {
            Api oldApi = admin(old);
            String tls = STREAM.replace("}", ",\"certificate_id\":0}");
            assertThat(oldApi.post("/nginx/streams", tls).message())
                    .isEqualTo("data should NOT have additional properties");
            assertThat(oldApi.get("/nginx/streams?expand=owner,certificate").status()).isEqualTo(500);
            assertThat(oldApi.get("/nginx/streams?expand=owner,certificate").text()).doesNotContain("\"code\"");
            Api freshApi = admin(fresh);
            assertThat(freshApi.post("/nginx/streams", tls).status()).isEqualTo(201);
            assertThat(freshApi.get("/nginx/streams?expand=owner,certificate").status()).isEqualTo(200);
        }
    }

    @Test
    void shouldAnswerEmptyObjectOnEveryDeadHostDisable() {
        try (NpmSimulator sim = start(NpmProfile.V2_15)) {
            Api api = admin(sim);
            api.post("/nginx/dead-hosts", "{\"domain_names\":[\"gone.test.local\"]}");
            assertThat(api.post("/nginx/dead-hosts/1/disable", "").text()).isEqualTo("{}");
            assertThat(api.post("/nginx/dead-hosts/1/disable", "").text()).isEqualTo("{}");
            assertThat(api.get("/nginx/dead-hosts/1").json().get("enabled").asBoolean()).isFalse();
            assertThat(api.post("/nginx/dead-hosts/1/enable", "").text()).isEqualTo("true");
        }
    }

    @Test
    void shouldKeepDeadHostNginxStatusOnUpdateButTestItOnCreate() {
        try (NpmSimulator sim = start(NpmProfile.V2_15)) {
            Api api = admin(sim);
            api.post("/nginx/dead-hosts", "{\"domain_names\":[\"gone.test.local\"]}");
            var updated = api.put("/nginx/dead-hosts/1", "{\"advanced_config\":\"this is not valid nginx;\"}");
            assertThat(updated.json().get("meta").get("nginx_online").asBoolean()).isTrue();
            api.post("/nginx/dead-hosts", "{\"domain_names\":[\"gone2.test.local\"],"
                    + "\"advanced_config\":\"this is not valid nginx;\"}");
            var offline = api.get("/nginx/dead-hosts/2").json().get("meta");
            assertThat(offline.get("nginx_err").asText()).contains("unknown directive \"this\"");
        }
    }

    @Test
    void shouldValidateRedirectionCodesAndShareDomainsAcrossHostTypes() {
        try (NpmSimulator sim = start(NpmProfile.V2_15)) {
            Api api = admin(sim);
            api.post("/nginx/dead-hosts", "{\"domain_names\":[\"gone.test.local\"]}");
            String redirect = "{\"domain_names\":[\"gone.test.local\"],\"forward_scheme\":\"auto\","
                    + "\"forward_http_code\":302,\"forward_domain_name\":\"new.test.local\"}";
            assertThat(api.post("/nginx/redirection-hosts", redirect).message())
                    .isEqualTo("gone.test.local is already in use");
            assertThat(api.post("/nginx/redirection-hosts", redirect.replace("302", "299")).message())
                    .isEqualTo("data/forward_http_code must be >= 300");
            assertThat(api.post("/nginx/redirection-hosts", redirect.replace("gone.", "old.")).status())
                    .isEqualTo(201);
        }
    }
}
