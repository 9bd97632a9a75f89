package dev.npmmcp.prompt;

import static dev.npmmcp.tool.Category.ACCESS_LIST;
import static dev.npmmcp.tool.Category.BULK;
import static dev.npmmcp.tool.Category.CERTIFICATE;
import static dev.npmmcp.tool.Category.INSTANCE;
import static dev.npmmcp.tool.Category.PROXY_HOST;
import static dev.npmmcp.tool.Category.REDIRECTION;
import static dev.npmmcp.tool.Category.STREAM;
import static dev.npmmcp.tool.Category.SYSTEM;
import static dev.npmmcp.tool.Category.USER;

import dev.npmmcp.tool.Category;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tool availabilities built the way the server builds them, over the tools the seed server publishes (their names,
 * categories and whether they write), so these tests do not depend on which feature branches are merged. The server's
 * own construction from its catalog is tested in the mcp package.
 */
final class Availabilities {

    record SeedTool(String name, Category category, boolean writes) {}

    static final List<SeedTool> SEED = List.of(
            new SeedTool("npm_list_instances", INSTANCE, false),
            new SeedTool("npm_get_instance", INSTANCE, false),
            new SeedTool("npm_manage_instance", INSTANCE, true),
            new SeedTool("npm_list_proxy_hosts", PROXY_HOST, false),
            new SeedTool("npm_get_proxy_host", PROXY_HOST, false),
            new SeedTool("npm_manage_proxy_host", PROXY_HOST, true),
            new SeedTool("npm_list_certificates", CERTIFICATE, false),
            new SeedTool("npm_validate_certificate", CERTIFICATE, false),
            new SeedTool("npm_manage_certificate", CERTIFICATE, true),
            new SeedTool("npm_list_access_lists", ACCESS_LIST, false),
            new SeedTool("npm_manage_access_list", ACCESS_LIST, true),
            new SeedTool("npm_list_streams", STREAM, false),
            new SeedTool("npm_manage_stream", STREAM, true),
            new SeedTool("npm_list_redirections", REDIRECTION, false),
            new SeedTool("npm_list_dead_hosts", REDIRECTION, false),
            new SeedTool("npm_list_users", USER, false),
            new SeedTool("npm_get_system_settings", SYSTEM, false),
            new SeedTool("npm_get_audit_logs", SYSTEM, false),
            new SeedTool("npm_bulk_operations", BULK, true));

    private Availabilities() {}

    static ToolAvailability everything() {
        return of(Set.of(), false, false);
    }

    static ToolAvailability readOnly() {
        return of(Set.of(), true, false);
    }

    static ToolAvailability lazy() {
        return of(Set.of(), false, true);
    }

    /** Every category but bulk: the feature tools alone. */
    static ToolAvailability withoutBulk() {
        return of(Category.selectableValues().stream().filter(c -> c != BULK).collect(Collectors.toSet()),
                false, false);
    }

    static ToolAvailability only(Category... toolsets) {
        return of(Set.of(toolsets), false, false);
    }

    static ToolAvailability of(Set<Category> toolsets, boolean readOnly, boolean lazy) {
        Map<String, ToolStatus> statuses = SEED.stream().collect(Collectors.toMap(SeedTool::name, tool -> {
            if (!toolsets.isEmpty() && !toolsets.contains(tool.category())) {
                return new ToolStatus.OutsideToolsets(tool.category());
            }
            return readOnly && tool.writes()
                    ? new ToolStatus.RefusedReadOnly(tool.category())
                    : new ToolStatus.Ready(tool.category());
        }));
        return new ToolAvailability(statuses, readOnly, lazy);
    }
}
