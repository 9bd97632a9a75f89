package dev.npmmcp.mcp;

import dev.npmmcp.tool.Category;
import java.util.List;

/** What the lazy-mode category tools steer: which categories' tools the connected clients see. */
interface CategorySwitch {

    List<CategoryStatus> categories();

    /** Registers the category's tools; a ToolFailure when the category is unknown or not available. */
    CategoryChange enable(String categoryId);

    CategoryChange disable(String categoryId);

    record CategoryStatus(Category category, boolean enabled, List<String> tools) {}

    /** @param changed false when the category already was in the requested state */
    record CategoryChange(Category category, boolean enabled, boolean changed, List<String> tools) {}
}
