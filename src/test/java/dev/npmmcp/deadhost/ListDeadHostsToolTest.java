package dev.npmmcp.deadhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.testing.ToolFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** npm_list_dead_hosts against a simulated NPM holding the demo homelab. */
class ListDeadHostsToolTest {

    private final ListDeadHostsTool tool = new ListDeadHostsTool();
    private final ToolFixture npm = ToolFixture.demo();

    @AfterEach
    void stop() {
        npm.close();
    }

    @Test
    void shouldListThe404Hosts() {
        JsonNode result = npm.callJson(tool, Map.of());

        assertThat(result.get("instance").asText()).isEqualTo(ToolFixture.INSTANCE);
        assertThat(result.get("count").asInt()).isEqualTo(1);
        assertThat(result.at("/dead_hosts/0/domain_names").toString()).isEqualTo("[\"old.example.net\"]");
        assertThat(result.at("/dead_hosts/0/nginx_online").asBoolean()).isTrue();
        assertThat(result.get("warnings")).isEmpty();
        assertThat(npm.sim().requestCount("getDeadHosts")).isEqualTo(1);
    }

    @Test
    void shouldWarnAboutAHostNginxRefused() {
        new DeadHostApi(npm.client()).create(DeadHostCreate.builder(List.of("broken.example.net"))
                .advancedConfig("this is not valid nginx;").build());

        JsonNode result = npm.callJson(tool, Map.of("domain_filter", "broken"));

        assertThat(result.get("count").asInt()).isEqualTo(1);
        assertThat(result.at("/dead_hosts/0/nginx_online").asBoolean(true)).isFalse();
        assertThat(result.get("warnings").toString()).contains("broken.example.net", "offline");
    }
}
