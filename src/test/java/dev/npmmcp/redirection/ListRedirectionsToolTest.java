package dev.npmmcp.redirection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.testing.ToolFixture;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** npm_list_redirections against a simulated NPM holding the demo homelab. */
class ListRedirectionsToolTest {

    private final ListRedirectionsTool tool = new ListRedirectionsTool();
    private final ToolFixture npm = ToolFixture.demo();

    @AfterEach
    void stop() {
        npm.close();
    }

    @Test
    void shouldListTheRedirectionsWithWhereTheyPoint() {
        JsonNode result = npm.callJson(tool, Map.of());

        assertThat(result.get("instance").asText()).isEqualTo(ToolFixture.INSTANCE);
        assertThat(result.get("count").asInt()).isEqualTo(1);
        JsonNode redirection = result.at("/redirections/0");
        assertThat(redirection.get("domain_names").toString()).isEqualTo("[\"www.example.net\"]");
        assertThat(redirection.get("forward_domain_name").asText()).isEqualTo("cloud.example.net");
        assertThat(redirection.get("forward_http_code").asInt()).isEqualTo(301);
        assertThat(redirection.get("preserve_path").asBoolean()).isTrue();
        assertThat(redirection.get("nginx_online").asBoolean()).isTrue();
        assertThat(npm.sim().requestCount("getRedirectionHosts")).isEqualTo(1);
    }

    @Test
    void shouldLetNpmFilterByDomain() {
        assertThat(npm.callJson(tool, Map.of("domain_filter", "www")).get("count").asInt()).isEqualTo(1);
        assertThat(npm.callJson(tool, Map.of("domain_filter", "nothing-here")).get("count").asInt()).isZero();
        assertThat(npm.exchanges()).filteredOn(e -> e.operationId().equals("getRedirectionHosts"))
                .extracting(e -> e.query())
                .containsExactly("query=www", "query=nothing-here");
    }

    @Test
    void shouldLeaveOutDisabledRedirectionsWhenAskedTo() {
        new RedirectionHostApi(npm.client()).disable(1);

        assertThat(npm.callJson(tool, Map.of("enabled_only", true)).get("count").asInt()).isZero();
        assertThat(npm.callJson(tool, Map.of()).at("/redirections/0/enabled").asBoolean()).isFalse();
    }
}
