package dev.npmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Rows NPM embeds through a model relation carry the columns its top-level omissions() remove. */
class EmbeddedRowsTest {

    private static final String LIST = "{\"name\":\"lan\",\"items\":[],\"clients\":[{\"address\":\"10.0.0.0/8\","
            + "\"directive\":\"allow\"}]}";
    private static final String HOST = "{\"domain_names\":[\"app.test.local\"],\"forward_scheme\":\"http\","
            + "\"forward_host\":\"10.0.0.2\",\"forward_port\":80,\"access_list_id\":1}";

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldEmbedTheAccessListOfAProxyHostWithItsIsDeletedColumn(NpmProfile profile) {
        try (NpmSimulator sim = NpmSimulator.builder().profile(profile).admin("admin@example.com", "changeme123")
                .start()) {
            Api api = new Api(sim).login("admin@example.com", "changeme123");
            assertThat(api.post("/nginx/access-lists", LIST).status()).isEqualTo(201);
            assertThat(api.post("/nginx/proxy-hosts", HOST).status()).isEqualTo(201);

            JsonNode host = api.get("/nginx/proxy-hosts/1?expand=access_list").json();
            JsonNode list = api.get("/nginx/access-lists/1").json();

            assertThat(host.get("access_list").get("name").asText()).isEqualTo("lan");
            assertThat(host.get("access_list").has("is_deleted")).isTrue();
            assertThat(list.has("is_deleted")).as("omitted from the list's own read").isFalse();
        }
    }
}
