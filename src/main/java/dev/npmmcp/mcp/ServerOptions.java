package dev.npmmcp.mcp;

import dev.npmmcp.tool.Category;
import java.util.EnumSet;
import java.util.Set;

/**
 * How the server exposes its tools.
 *
 * @param toolsets the categories that exist for this server; empty means every selectable category
 * @param readOnly register only tools with readOnlyHint, and refuse writes in any tool reached anyway
 * @param lazy start with only the category tools; categories are enabled at run time
 */
public record ServerOptions(Set<Category> toolsets, boolean readOnly, boolean lazy) {

    public ServerOptions {
        toolsets = toolsets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(toolsets));
        for (Category category : toolsets) {
            if (!category.selectable()) {
                throw new IllegalArgumentException("'" + category.id() + "' is not a toolset; use --lazy instead");
            }
        }
    }

    public static ServerOptions defaults() {
        return new ServerOptions(Set.of(), false, false);
    }

    boolean available(Category category) {
        return category.selectable() && (toolsets.isEmpty() || toolsets.contains(category));
    }
}
