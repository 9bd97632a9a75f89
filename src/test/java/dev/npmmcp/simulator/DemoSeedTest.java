package dev.npmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoSeedTest {

    @Test
    void shouldServeAHomelabThatTheRealValidatorsAccept() {
        try (NpmSimulator sim = NpmSimulator.builder().seed(SimulatorSeed.DEMO).start()) {
            Api api = new Api(sim).login("admin@example.com", "changeme");
            var hosts = api.get("/nginx/proxy-hosts?expand=certificate,access_list").json();
            assertThat(hosts).hasSize(3);
            var nas = api.get("/nginx/proxy-hosts?query=nas").json().get(0);
            assertThat(api.get("/nginx/proxy-hosts/" + nas.get("id").asInt() + "?expand=access_list,certificate")
                    .json().get("access_list").get("name").asText()).isEqualTo("lan-only");
            assertThat(api.get("/nginx/proxy-hosts?query=media").json().get(0).get("locations")).hasSize(1);
            var certificates = api.get("/nginx/certificates").json();
            assertThat(certificates).extracting(c -> c.get("provider").asText())
                    .containsExactlyInAnyOrder("letsencrypt", "other");
            assertThat(api.get("/nginx/certificates/1/download").status()).isEqualTo(200);
            var list = api.get("/nginx/access-lists/1?expand=items,clients").json();
            assertThat(list.get("items").get(0).get("password").asText()).isEmpty();
            assertThat(list.get("clients")).hasSize(2);
            assertThat(api.get("/nginx/streams").json().get(0).get("tcp_forwarding").asBoolean()).isTrue();
            assertThat(api.get("/").json().get("setup").asBoolean()).isTrue();
        }
    }

    @Test
    void shouldUseTheBuilderAdminForTheDemo() {
        try (NpmSimulator sim = NpmSimulator.builder().seed(SimulatorSeed.DEMO).admin("me@home.lan", "pass-word-1")
                .profile(NpmProfile.V2_12).start()) {
            Api api = new Api(sim).login("me@home.lan", "pass-word-1");
            assertThat(api.get("/nginx/redirection-hosts").json()).hasSize(1);
        }
    }
}
