package dev.npmmcp.mcp;

import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.ToolJson;
import java.time.Clock;

/** Every tool the server can ever list: the standard catalog plus the lazy-mode category tools. */
final class AllTools {

    private AllTools() {}

    static ToolCatalog catalog() {
        var instances = TestInstances.none();
        ToolCatalog features = ToolCatalog.standard(instances);
        LiveToolset unattached = new LiveToolset(features, ServerOptions.defaults(),
                new ToolAdapter(ToolJson.newMapper(), user -> new ServerToolContext(false, instances, user),
                        new WriteAudit(entry -> {}, Clock.systemUTC()), new Redactor()));
        return features.including(CategoryTools.create(unattached));
    }
}
