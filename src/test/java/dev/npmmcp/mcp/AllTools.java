package dev.npmmcp.mcp;

import dev.npmmcp.tool.ToolJson;

/** Every tool the server can ever list: the standard catalog plus the lazy-mode category tools. */
final class AllTools {

    private AllTools() {}

    static ToolCatalog catalog() {
        ToolCatalog features = ToolCatalog.standard();
        LiveToolset unattached = new LiveToolset(features, ServerOptions.defaults(),
                new ToolAdapter(ToolJson.newMapper(), new ServerToolContext(false)));
        return features.including(CategoryTools.create(unattached));
    }
}
