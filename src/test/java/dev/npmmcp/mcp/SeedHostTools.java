package dev.npmmcp.mcp;

import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Tool;
import java.util.List;

/**
 * The proxy host and access list tools the prompts rely on, under the seed's names, for a catalog that lacks them:
 * they come from branch tools-hosts, and a catalog that has them keeps its own.
 */
final class SeedHostTools {

    private SeedHostTools() {}

    static final List<String> NAMES = List.of("npm_list_proxy_hosts", "npm_get_proxy_host", "npm_manage_proxy_host",
            "npm_list_access_lists", "npm_manage_access_list");

    static ToolCatalog added(ToolCatalog catalog) {
        List<Tool<?, ?>> missing = List.<Tool<?, ?>>of(
                        FixtureTool.reading("npm_list_proxy_hosts", Category.PROXY_HOST),
                        FixtureTool.reading("npm_get_proxy_host", Category.PROXY_HOST),
                        FixtureTool.writing("npm_manage_proxy_host", Category.PROXY_HOST),
                        FixtureTool.reading("npm_list_access_lists", Category.ACCESS_LIST),
                        FixtureTool.writing("npm_manage_access_list", Category.ACCESS_LIST))
                .stream()
                .filter(tool -> catalog.byName(tool.name()).isEmpty())
                .toList();
        return catalog.including(missing);
    }
}
