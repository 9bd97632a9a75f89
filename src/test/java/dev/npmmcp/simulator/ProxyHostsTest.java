package dev.npmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProxyHostsTest {

    private static final String HOST = "{\"domain_names\":[\"app.test.local\"],\"forward_scheme\":\"http\","
            + "\"forward_host\":\"127.0.0.1\",\"forward_port\":8080}";

    private NpmSimulator sim;
    private Api api;

    @BeforeEach
    void start() {
        sim = NpmSimulator.builder().admin("admin@example.com", "changeme123").start();
        api = new Api(sim).login("admin@example.com", "changeme123");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void shouldCreateWithDefaultsAndReportNginxStatusOnlyOnRead() {
        Api.Answer created = api.post("/nginx/proxy-hosts", HOST);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("meta").size()).isZero();
        assertThat(created.json().get("locations").isNull()).isTrue();
        assertThat(created.json().get("owner").get("email").asText()).isEqualTo("admin@example.com");
        assertThat(created.json().has("access_list")).isTrue();
        Api.Answer read = api.get("/nginx/proxy-hosts/1");
        assertThat(read.json().get("meta").get("nginx_online").asBoolean()).isTrue();
        assertThat(read.json().has("owner")).isFalse();
    }

    @Test
    void shouldRefuseTakenDomainAndBadBodiesWithAjvMessages() {
        api.post("/nginx/proxy-hosts", HOST);

        assertThat(api.post("/nginx/proxy-hosts", HOST).message()).isEqualTo("app.test.local is already in use");
        assertThat(api.post("/nginx/proxy-hosts", HOST.replace("8080", "70000")).message())
                .isEqualTo("data/forward_port must be <= 65535");
        assertThat(api.post("/nginx/proxy-hosts", "{\"forward_scheme\":\"http\"}").message())
                .isEqualTo("data must have required property 'domain_names', data must have required property "
                        + "'forward_host', data must have required property 'forward_port'");
        assertThat(api.put("/nginx/proxy-hosts/1", "{}").message())
                .isEqualTo("data must NOT have fewer than 1 properties");
        assertThat(api.put("/nginx/proxy-hosts/1", "{\"id\":1,\"forward_port\":1}").message())
                .isEqualTo("data must NOT have additional properties");
        assertThat(api.post("/nginx/proxy-hosts", HOST.replace("app.test.local", "x y")).message())
                .isEqualTo("data/domain_names/0 must match pattern \"^[^&| @!#%^();:/\\\\}{=+?<>,~`'\"]+$\"");
    }

    @Test
    void shouldCoerceStringsToIntegersAndBooleans() {
        Api.Answer created = api.post("/nginx/proxy-hosts",
                HOST.replace("8080", "\"81\"").replace("}", ",\"block_exploits\":\"true\"}"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("forward_port").isInt() || created.json().get("forward_port").isLong())
                .isTrue();
        assertThat(created.json().get("block_exploits").asBoolean()).isTrue();
    }

    @Test
    void shouldRefuseEnablingTwiceAndGoOfflineOnBadAdvancedConfig() {
        api.post("/nginx/proxy-hosts", HOST);

        assertThat(api.post("/nginx/proxy-hosts/1/disable", "").text()).isEqualTo("true");
        assertThat(api.post("/nginx/proxy-hosts/1/disable", "").message()).isEqualTo("Host is already disabled");
        assertThat(api.post("/nginx/proxy-hosts/1/enable", "").status()).isEqualTo(200);
        Api.Answer updated = api.put("/nginx/proxy-hosts/1", "{\"advanced_config\":\"bogus_directive on;\"}");
        assertThat(updated.json().get("meta").get("nginx_online").asBoolean()).isFalse();
        assertThat(updated.json().get("meta").get("nginx_err").asText()).contains("unknown directive \"bogus_directive\"");
    }

    @Test
    void shouldAnswerNotFoundNonNumericAndUnknownExpansionLikeNpm() {
        assertThat(api.get("/nginx/proxy-hosts/999").message()).isEqualTo("Not Found - 999");
        Api.Answer abc = api.get("/nginx/proxy-hosts/abc");
        assertThat(abc.status()).isEqualTo(400);
        assertThat(abc.message()).isEqualTo("Internal Error");
        assertThat(api.get("/nginx/proxy-hosts?expand=bogus").status()).isEqualTo(500);
        assertThat(api.get("/nginx/proxy-hosts/").status()).isEqualTo(200);
        assertThat(api.send("OPTIONS", "/nginx/proxy-hosts", java.util.Optional.empty(), "text/plain").status())
                .isEqualTo(204);
        assertThat(api.post("/nginx/proxy-hosts", "not json").status()).isEqualTo(400);
    }

    @Test
    void shouldFilterByQueryAndExpandRelations() {
        api.post("/nginx/proxy-hosts", HOST);
        api.post("/nginx/proxy-hosts", HOST.replace("app.test.local", "other.test.local"));

        assertThat(api.get("/nginx/proxy-hosts?query=other").json()).hasSize(1);
        var expanded = api.get("/nginx/proxy-hosts?expand=owner,certificate,access_list").json().get(0);
        assertThat(expanded.has("owner")).isTrue();
        assertThat(expanded.get("certificate").isNull()).isTrue();
        assertThat(expanded.get("owner").has("is_deleted")).isFalse();
    }

    @Test
    void shouldRefuseTrustForwardedProtoBefore215() {
        try (NpmSimulator old = NpmSimulator.builder().profile(NpmProfile.V2_13).admin("a@b.c", "password1")
                .start()) {
            Api oldApi = new Api(old).login("a@b.c", "password1");
            String body = HOST.replace("}", ",\"trust_forwarded_proto\":true}");
            assertThat(oldApi.post("/nginx/proxy-hosts", body).message())
                    .isEqualTo("data must NOT have additional properties");
            assertThat(api.post("/nginx/proxy-hosts", body).status()).isEqualTo(201);
        }
    }

    @Test
    void shouldSpeakAjv6AndNumericBooleansOn210() {
        try (NpmSimulator old = NpmSimulator.builder().profile(NpmProfile.V2_10).start()) {
            Api oldApi = new Api(old).login("admin@example.com", "changeme");
            Api.Answer created = oldApi.post("/nginx/proxy-hosts", HOST);
            assertThat(created.json().get("enabled").asInt()).isEqualTo(1);
            assertThat(created.json().get("enabled").isNumber()).isTrue();
            assertThat(oldApi.put("/nginx/proxy-hosts/1", "{}").status()).isEqualTo(200);
            assertThat(oldApi.post("/nginx/proxy-hosts", HOST.replace("8080", "70000")).message())
                    .isEqualTo("data.forward_port should be <= 65535");
            // seen on real 2.10.4 installs: an unknown id is a 200 with an empty object
            assertThat(oldApi.get("/nginx/proxy-hosts/9").status()).isEqualTo(200);
            assertThat(oldApi.get("/nginx/proxy-hosts/9").json().isEmpty()).isTrue();
        }
        try (NpmSimulator sim212 = NpmSimulator.builder().profile(NpmProfile.V2_12).start()) {
            Api api212 = new Api(sim212).login("admin@example.com", "changeme");
            assertThat(api212.get("/nginx/proxy-hosts/9").message()).isEqualTo("Item Not Found - 9");
        }
    }
}
