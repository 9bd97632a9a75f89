package dev.npmmcp.mcp;

/** Every tool the server can ever list: the standard catalog plus the lazy-mode category tools. */
final class AllTools {

    private AllTools() {}

    static ToolCatalog catalog() {
        return ToolCatalog.everyTool(TestInstances.none());
    }
}
