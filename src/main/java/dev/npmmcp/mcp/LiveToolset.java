package dev.npmmcp.mcp;

import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolFailure;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tools a running server exposes: the enabled categories' tools, minus write tools in read-only mode. In lazy mode
 * categories start disabled and are switched at run time; the SDK then sends notifications/tools/list_changed. The
 * switch is server-wide: with Streamable HTTP every session sees the same tool list.
 */
final class LiveToolset implements CategorySwitch {

    private final ToolCatalog features;
    private final ServerOptions options;
    private final ToolAdapter adapter;
    private final Set<Category> enabled = EnumSet.noneOf(Category.class);
    private McpSyncServer server;

    LiveToolset(ToolCatalog features, ServerOptions options, ToolAdapter adapter) {
        this.features = features;
        this.options = options;
        this.adapter = adapter;
        if (!options.lazy()) {
            Category.selectableValues().stream().filter(options::available).forEach(enabled::add);
        }
    }

    /** What the server registers before it answers initialize, so no list_changed is sent for them. */
    synchronized List<SyncToolSpecification> startingTools(List<? extends Tool<?, ?>> categoryTools) {
        List<Tool<?, ?>> tools = new ArrayList<>();
        if (options.lazy()) {
            tools.addAll(categoryTools);
        }
        enabled.forEach(category -> tools.addAll(registrable(category)));
        return tools.stream().map(adapter::specification).toList();
    }

    synchronized void attach(McpSyncServer running) {
        this.server = running;
    }

    @Override
    public synchronized List<CategoryStatus> categories() {
        return Category.selectableValues().stream()
                .filter(options::available)
                .map(c -> new CategoryStatus(c, enabled.contains(c), names(registrable(c))))
                .toList();
    }

    @Override
    public synchronized CategoryChange enable(String categoryId) {
        Category category = available(categoryId);
        List<Tool<?, ?>> tools = registrable(category);
        if (!enabled.add(category)) {
            return new CategoryChange(category, true, false, names(tools));
        }
        tools.forEach(tool -> running().addTool(adapter.specification(tool)));
        return new CategoryChange(category, true, true, names(tools));
    }

    @Override
    public synchronized CategoryChange disable(String categoryId) {
        Category category = available(categoryId);
        List<Tool<?, ?>> tools = registrable(category);
        if (!enabled.remove(category)) {
            return new CategoryChange(category, false, false, names(tools));
        }
        tools.forEach(tool -> running().removeTool(tool.name()));
        return new CategoryChange(category, false, true, names(tools));
    }

    private McpSyncServer running() {
        if (server == null) {
            throw new IllegalStateException("category switched before the server was attached");
        }
        return server;
    }

    private Category available(String categoryId) {
        String known = Category.selectableValues().stream()
                .filter(options::available)
                .map(Category::id)
                .collect(Collectors.joining(", "));
        Category category = Category.byId(categoryId)
                .filter(Category::selectable)
                .orElseThrow(() -> new ToolFailure(
                        "Unknown category '" + categoryId + "'.",
                        "Use one of: " + known + " (npm_list_categories describes them)."));
        if (!options.available(category)) {
            throw new ToolFailure(
                    "Category '" + categoryId + "' is not available: the server was started with --toolsets " + known
                            + ".",
                    "Use one of: " + known + ", or ask the user to add '" + categoryId + "' to --toolsets.");
        }
        return category;
    }

    private List<Tool<?, ?>> registrable(Category category) {
        return features.inCategory(category).stream()
                .filter(tool -> !options.readOnly() || tool.hints().readOnly())
                .toList();
    }

    private static List<String> names(List<Tool<?, ?>> tools) {
        return tools.stream().map(Tool::name).toList();
    }
}
