package dev.npmmcp.e2e;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Arguments that make a real, successful call of each tool against the demo server. A tool listed by the server but
 * missing here fails the end-to-end suite: adding a tool means adding one line.
 */
final class ToolSamples {

    // Map.ofEntries, not Map.of: Map.of stops at ten entries and every tool adds one.
    private static final Map<String, Map<String, Object>> SAMPLES = Map.ofEntries(
            Map.entry("npm_list_categories", Map.of()),
            Map.entry("npm_enable_category", Map.of("category", "proxy_host")),
            Map.entry("npm_disable_category", Map.of("category", "proxy_host")),
            Map.entry("npm_list_streams", Map.of()),
            Map.entry("npm_manage_stream", Map.of("operation", "update", "stream_id", 1, "forwarding_port", 2022)),
            Map.entry("npm_list_redirections", Map.of()),
            Map.entry("npm_manage_redirection", Map.of("operation", "update", "redirect_id", 1, "forward_http_code", 308)),
            Map.entry("npm_list_dead_hosts", Map.of()),
            Map.entry("npm_manage_dead_host", Map.of("operation", "update", "host_id", 1,
                    "domain_names", List.of("old.example.net", "legacy.example.net"))));

    private ToolSamples() {}

    static Optional<Map<String, Object>> forTool(String name) {
        return Optional.ofNullable(SAMPLES.get(name));
    }
}
