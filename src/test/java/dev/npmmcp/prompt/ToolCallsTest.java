package dev.npmmcp.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ToolCallsTest {

    @Test
    void shouldAddTheInstanceToEveryCallWhenOneIsNamed() {
        assertThat(ToolCalls.on(Optional.of("home")).call("npm_list_streams"))
                .isEqualTo("npm_list_streams {\"instance_name\": \"home\"}");
        assertThat(ToolCalls.on(Optional.empty()).call("npm_list_streams")).isEqualTo("npm_list_streams {}");
    }

    @Test
    void shouldWriteArgumentsAsJsonAndLeaveEmptyOptionalsOut() throws Exception {
        String call = ToolCalls.on(Optional.empty()).call("npm_x",
                "text", "say \"hi\"\n", "port", 8080, "flag", true, "missing", Optional.empty(),
                "given", Optional.of("yes"), "list", List.of("a", "b"),
                "rules", List.of(ToolCalls.object("address", "10.0.0.0/8", "directive", "allow")));
        assertThat(call).startsWith("npm_x {");
        Map<String, Object> parsed = new ObjectMapper().readValue(
                call.substring("npm_x ".length()), new TypeReference<Map<String, Object>>() {});
        assertThat(parsed).containsExactly(
                Map.entry("text", "say \"hi\"\n"), Map.entry("port", 8080), Map.entry("flag", true),
                Map.entry("given", "yes"), Map.entry("list", List.of("a", "b")),
                Map.entry("rules", List.of(Map.of("address", "10.0.0.0/8", "directive", "allow"))));
    }

    @Test
    void shouldWritePlaceholdersForValuesFromEarlierSteps() {
        assertThat(ToolCalls.on(Optional.empty()).call("npm_get_proxy_host", "host_id",
                ToolCalls.placeholder("id from step 2")))
                .isEqualTo("npm_get_proxy_host {\"host_id\": <id from step 2>}");
    }
}
