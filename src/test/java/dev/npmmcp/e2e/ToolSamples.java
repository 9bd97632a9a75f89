package dev.npmmcp.e2e;

import java.util.Map;
import java.util.Optional;

/**
 * Arguments that make a real, successful call of each tool against the demo server. A tool listed by the server but
 * missing here fails the end-to-end suite: adding a tool means adding one line.
 */
final class ToolSamples {

    private static final Map<String, Map<String, Object>> SAMPLES = Map.of(
            "npm_list_categories", Map.of(),
            "npm_enable_category", Map.of("category", "proxy_host"),
            "npm_disable_category", Map.of("category", "proxy_host"),
            "npm_list_proxy_hosts", Map.of("domain_filter", "example.net"),
            "npm_get_proxy_host", Map.of("domain_name", "cloud.example.net"),
            "npm_manage_proxy_host", Map.of("operation", "enable", "host_id", 1),
            "npm_list_access_lists", Map.of(),
            "npm_manage_access_list", Map.of("operation", "update", "list_id", 1, "satisfy_any", true));

    private ToolSamples() {}

    static Optional<Map<String, Object>> forTool(String name) {
        return Optional.ofNullable(SAMPLES.get(name));
    }
}
