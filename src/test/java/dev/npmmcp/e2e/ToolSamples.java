package dev.npmmcp.e2e;

import static java.util.Map.entry;

import dev.npmmcp.simulator.NpmSimulator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Arguments that make a real, successful call of each tool against a simulator seeded with
 * {@link dev.npmmcp.simulator.SimulatorSeed#DEMO} and registered as instance {@value #INSTANCE}. A tool listed by the
 * server but missing here fails the end-to-end suite: adding a tool means adding one line.
 *
 * @param adminPassword the simulator admin's password; the credential rotation sample sets it again (it is tested
 *     against NPM before it is applied)
 */
record ToolSamples(String adminPassword) {

    static final String INSTANCE = "demo";

    /** What {@code serve --demo} needs. */
    static final ToolSamples DEMO = new ToolSamples(NpmSimulator.DEFAULT_ADMIN_PASSWORD);

    Optional<Map<String, Object>> forTool(String name) {
        return Optional.ofNullable(samples().get(name));
    }

    Set<String> names() {
        return samples().keySet();
    }

    private Map<String, Map<String, Object>> samples() {
        return Map.ofEntries(
                entry("npm_list_categories", Map.of()),
                entry("npm_enable_category", Map.of("category", "proxy_host")),
                entry("npm_disable_category", Map.of("category", "proxy_host")),
                // instance
                entry("npm_list_instances", Map.of("include_test_results", true)),
                entry("npm_get_instance", Map.of("instance_name", INSTANCE, "show_credentials", true)),
                entry("npm_select_instance", Map.of("instance_name", INSTANCE)),
                entry("npm_set_default_instance", Map.of("instance_name", INSTANCE)),
                entry("npm_validate_instance_config", Map.of("instance_name", INSTANCE)),
                entry("npm_manage_instance", Map.of("operation", "test", "instance_name", INSTANCE)),
                entry("npm_update_instance_credentials",
                        Map.of("instance_name", INSTANCE, "new_password", adminPassword)),
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
                entry("npm_manage_redirection",
                        Map.of("operation", "update", "redirect_id", 1, "forward_http_code", 308)),
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
                entry("npm_bulk_operations", Map.of("operation", "export_config", "format", "yaml")),
                // sync: see refusals()
                entry("npm_sync_instances", Map.of("source_instance", INSTANCE, "target_instance", INSTANCE)),
                entry("npm_fleet_query", Map.of("query", "overview")),
                entry("npm_expose_service", Map.of("domain_names", List.of("grafana.example.net"),
                        "forward_host", "10.0.0.5", "forward_port", 3000, "allow_from", List.of("10.0.0.0/8"))),
                // the demo's upstreams are on a LAN this machine must not reach: no local checks, the front door
                // asked on closed loopback ports
                entry("npm_diagnose_host", Map.of("domain", "nas.home.lan", "front_door_http_port", 1,
                        "front_door_https_port", 2, "timeout_seconds", 1, "local_checks", false)));
    }

    /**
     * The text a tool's sample call must be refused with, for the tools whose successful call needs more than the
     * one demo instance. npm_sync_instances needs two instances and refuses to sync one with itself; its sample shows
     * over the wire that the tool is listed, binds its arguments and answers with an actionable error, while
     * SyncInstancesToolTest covers the plan and the apply between two simulators (output schema included).
     */
    Optional<String> expectedRefusal(String name) {
        return Optional.ofNullable(refusals().get(name));
    }

    private static Map<String, String> refusals() {
        return Map.of("npm_sync_instances", "cannot be synced with itself");
    }
}
