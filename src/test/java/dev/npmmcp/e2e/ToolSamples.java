package dev.npmmcp.e2e;

import static java.util.Map.entry;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Arguments that make a real, successful call of each tool against the demo server. A tool listed by the server but
 * missing here fails the end-to-end suite: adding a tool means adding one line.
 */
final class ToolSamples {

    private static final Map<String, Map<String, Object>> SAMPLES = Map.ofEntries(
            entry("npm_list_categories", Map.of()),
            entry("npm_enable_category", Map.of("category", "proxy_host")),
            entry("npm_disable_category", Map.of("category", "proxy_host")),
            // instance
            entry("npm_list_instances", Map.of("include_test_results", true)),
            entry("npm_get_instance", Map.of("instance_name", "demo", "show_credentials", true)),
            entry("npm_select_instance", Map.of("instance_name", "demo")),
            entry("npm_set_default_instance", Map.of("instance_name", "demo")),
            entry("npm_validate_instance_config", Map.of("instance_name", "demo")),
            entry("npm_manage_instance", Map.of("operation", "test", "instance_name", "demo")),
            entry("npm_update_instance_credentials", Map.of("instance_name", "demo", "new_password", "changeme")),
            // proxy hosts, access lists
            entry("npm_list_proxy_hosts", Map.of("domain_filter", "example.net")),
            entry("npm_get_proxy_host", Map.of("domain_name", "cloud.example.net")),
            entry("npm_manage_proxy_host", Map.of("operation", "enable", "host_id", 1)),
            entry("npm_list_access_lists", Map.of()),
            entry("npm_manage_access_list", Map.of("operation", "update", "list_id", 1, "satisfy_any", true)),
            // stream, redirection, 404 hosts
            entry("npm_list_streams", Map.of()),
            entry("npm_manage_stream", Map.of("operation", "update", "stream_id", 1, "forwarding_port", 2022)),
            entry("npm_list_redirections", Map.of()),
            entry("npm_manage_redirection", Map.of("operation", "update", "redirect_id", 1, "forward_http_code", 308)),
            entry("npm_list_dead_hosts", Map.of()),
            entry("npm_manage_dead_host", Map.of("operation", "update", "host_id", 1,
                    "domain_names", List.of("old.example.net", "legacy.example.net"))),
            // certificate
            entry("npm_list_certificates", Map.of("expiring_soon", true, "days_threshold", 90)),
            entry("npm_manage_certificate", Map.of("operation", "download", "cert_id", 1)),
            entry("npm_validate_certificate", Map.of("domain_names", List.of("cloud.example.net"))),
            // user
            entry("npm_list_users", Map.of()),
            entry("npm_manage_user", Map.of("operation", "update", "user_id", 1, "is_admin", true)),
            // system
            entry("npm_get_system_settings", Map.of()),
            entry("npm_update_system_settings", Map.of("setting_id", "default-site", "value", "404")),
            entry("npm_get_audit_logs", Map.of("limit", 10)),
            entry("npm_get_host_reports", Map.of()),
            // bulk
            entry("npm_bulk_operations", Map.of("operation", "export_config", "format", "yaml")));

    private ToolSamples() {}

    static Optional<Map<String, Object>> forTool(String name) {
        return Optional.ofNullable(SAMPLES.get(name));
    }
}
