package dev.npmmcp.mcp;

import dev.npmmcp.tool.ToolJson;
import java.time.Clock;

/** Every tool the server can ever list: the standard catalog plus the lazy-mode category tools. */
final class AllTools {

    private AllTools() {}

    static ToolCatalog catalog() {
        ToolCatalog features = ToolCatalog.standard();
        LiveToolset unattached = new LiveToolset(features, ServerOptions.defaults(),
                new ToolAdapter(ToolJson.newMapper(), user -> new ServerToolContext(false, user),
                        new WriteAudit(entry -> {}, Clock.systemUTC())));
        return features.including(CategoryTools.create(unattached));
    }
}
