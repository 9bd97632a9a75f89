package dev.npmmcp.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.testing.ToolFixture;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** npm_list_streams against a simulated NPM holding the demo homelab. */
class ListStreamsToolTest {

    private final ListStreamsTool tool = new ListStreamsTool();
    private final ToolFixture npm = ToolFixture.demo();

    @AfterEach
    void stop() {
        npm.close();
    }

    @Test
    void shouldListTheStreamsWithTheirNginxStatus() {
        JsonNode result = npm.callJson(tool, Map.of());

        assertThat(result.get("instance").asText()).isEqualTo(ToolFixture.INSTANCE);
        assertThat(result.get("count").asInt()).isEqualTo(1);
        JsonNode stream = result.at("/streams/0");
        assertThat(stream.get("incoming_port").asInt()).isEqualTo(2222);
        assertThat(stream.get("forwarding_host").asText()).isEqualTo("192.168.1.10");
        assertThat(stream.get("nginx_online").asBoolean()).isTrue();
        assertThat(stream.has("certificate_id")).as("a plain stream has no certificate").isFalse();
        assertThat(result.get("warnings")).isEmpty();
        assertThat(npm.sim().requestCount("getStreams")).isEqualTo(1);
    }

    @Test
    void shouldLeaveOutDisabledStreamsWhenAskedTo() {
        StreamApi api = new StreamApi(npm.client());
        int off = api.create(StreamCreate.builder(5000, "192.168.1.20", 5000).tcpForwarding(true).build()).id();
        api.disable(off);

        assertThat(npm.callJson(tool, Map.of()).get("count").asInt()).isEqualTo(2);
        JsonNode enabled = npm.callJson(tool, Map.of("enabled_only", true));
        assertThat(enabled.get("count").asInt()).isEqualTo(1);
        assertThat(enabled.at("/streams/0/id").asInt()).isEqualTo(1);
    }

    @Test
    void shouldWarnAboutAStreamNpmLeftOfflineOnAUsedPort() {
        new StreamApi(npm.client()).create(StreamCreate.builder(2222, "192.168.1.11", 22).tcpForwarding(true).build());

        JsonNode result = npm.callJson(tool, Map.of());

        assertThat(result.at("/streams/1/nginx_online").asBoolean(true)).isFalse();
        assertThat(result.get("warnings").toString()).contains("offline", "Port 2222 is used by several");
    }
}
