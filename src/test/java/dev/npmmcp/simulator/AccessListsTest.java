package dev.npmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessListsTest {

    private static final String OFFICE = "{\"name\":\"office\",\"satisfy_any\":true,\"pass_auth\":false,"
            + "\"items\":[{\"username\":\"bob\",\"password\":\"secret1\"}],"
            + "\"clients\":[{\"address\":\"192.168.1.0/24\",\"directive\":\"allow\"},"
            + "{\"address\":\"all\",\"directive\":\"deny\"}]}";

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
    void shouldHidePasswordsBehindHints() {
        var created = api.post("/nginx/access-lists", OFFICE).json();

        assertThat(created.get("items").get(0).get("password").asText()).isEmpty();
        assertThat(created.get("items").get(0).get("hint").asText()).isEqualTo("s******");
        assertThat(created.get("clients")).hasSize(2);
        assertThat(created.get("proxy_hosts")).isEmpty();
        assertThat(created.get("owner").has("is_deleted")).isTrue();
    }

    @Test
    void shouldKeepBlankPasswordItemsAndDropLeftOutOnes() {
        api.post("/nginx/access-lists", OFFICE);
        var updated = api.put("/nginx/access-lists/1", "{\"items\":[{\"username\":\"bob\",\"password\":\"\"},"
                + "{\"username\":\"alice\",\"password\":\"pw2\"}]}").json();
        assertThat(updated.get("items")).hasSize(2);
        assertThat(updated.get("items").get(0).get("id").asInt()).isEqualTo(1);
        assertThat(updated.get("items").get(0).get("hint").asText()).isEqualTo("s******");
        assertThat(updated.get("items").get(1).get("hint").asText()).isEqualTo("p**");

        var trimmed = api.put("/nginx/access-lists/1", "{\"items\":[{\"username\":\"alice\",\"password\":\"\"}]}");
        assertThat(trimmed.json().get("items")).hasSize(1);
        assertThat(trimmed.json().get("items").get(0).get("username").asText()).isEqualTo("alice");
    }

    @Test
    void shouldFailLikeNpmOnMissingItemsAndProxyHostsExpansion() {
        assertThat(api.post("/nginx/access-lists", "{\"name\":\"x\",\"clients\":[]}").status()).isEqualTo(500);
        assertThat(api.post("/nginx/access-lists", "{\"satisfy_any\":true}").message())
                .isEqualTo("data must have required property 'name'");
        assertThat(api.get("/nginx/access-lists?expand=proxy_hosts").status()).isEqualTo(500);
        assertThat(api.post("/nginx/access-lists", OFFICE.replace("192.168.1.0/24", "nope")).status())
                .isEqualTo(400);
    }

    @Test
    void shouldResetHostsWhenListIsDeleted() {
        api.post("/nginx/access-lists", OFFICE);
        api.post("/nginx/proxy-hosts", "{\"domain_names\":[\"a.test.local\"],\"forward_scheme\":\"http\","
                + "\"forward_host\":\"h\",\"forward_port\":80,\"access_list_id\":1}");
        assertThat(api.get("/nginx/access-lists/1").json().get("proxy_host_count").asInt()).isEqualTo(1);

        assertThat(api.delete("/nginx/access-lists/1").text()).isEqualTo("true");
        assertThat(api.get("/nginx/proxy-hosts/1").json().get("access_list_id").asInt()).isZero();
    }
}
