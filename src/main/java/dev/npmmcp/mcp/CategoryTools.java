package dev.npmmcp.mcp;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lazy-mode controls, with the seed server's names and parameters. Their hints say read-only and closed-world: they
 * change which tools this server lists, nothing in NPM, so they stay usable in read-only mode.
 */
final class CategoryTools {

    private static final ToolHints SERVER_LOCAL = new ToolHints(true, false, true, false);

    private CategoryTools() {}

    static List<Tool<?, ?>> create(CategorySwitch categories) {
        return List.of(new ListCategories(categories), new ToggleCategory(categories, true),
                new ToggleCategory(categories, false));
    }

    record NoInput() {}

    record CategoryInput(
            @JsonPropertyDescription("An id from npm_list_categories")
            String category) {}

    record CategoryList(
            List<CategoryEntry> categories) {}

    record CategoryEntry(
            String name,
            String description,
            int toolCount,
            boolean enabled,
            List<String> tools) {}

    record CategoryToggle(
            String category,
            boolean enabled,
            boolean changed,
            List<String> tools,
            String message) {}

    private abstract static class CategoryTool<I extends Record, O extends Record> extends Tool<I, O> {

        final CategorySwitch categories;

        CategoryTool(CategorySwitch categories, String name, String description, Class<I> input, Class<O> output) {
            super(new ToolSpec<>(name, description, Category.DYNAMIC, SERVER_LOCAL, input, output));
            this.categories = categories;
        }
    }

    private static final class ListCategories extends CategoryTool<NoInput, CategoryList> {

        ListCategories(CategorySwitch categories) {
            super(categories, "npm_list_categories",
                    "Lists the tool categories, their tool counts and whether they are on. The server started "
                    + "lazy: enable the category a task needs first.",
                    NoInput.class, CategoryList.class);
        }

        @Override
        public CategoryList call(ToolContext context, NoInput input) {
            return new CategoryList(categories.categories().stream()
                    .map(s -> new CategoryEntry(s.category().id(), s.category().description(), s.tools().size(),
                            s.enabled(), s.tools()))
                    .toList());
        }

        @Override
        public Optional<String> render(CategoryList output) {
            return Optional.of(output.categories().stream()
                    .map(c -> c.name() + " (" + (c.enabled() ? "enabled" : "disabled") + ", " + c.toolCount()
                            + " tools): " + c.description())
                    .collect(Collectors.joining("\n")));
        }
    }

    /** npm_enable_category and npm_disable_category: the same call, one direction each. */
    private static final class ToggleCategory extends CategoryTool<CategoryInput, CategoryToggle> {

        private final boolean enable;

        ToggleCategory(CategorySwitch categories, boolean enable) {
            super(categories, enable ? "npm_enable_category" : "npm_disable_category", enable
                            ? "Adds a tool category's tools to this server's list (clients get tools/list_changed)."
                            : "Removes a tool category's tools from this server's list"
                                    + " (clients get tools/list_changed).",
                    CategoryInput.class, CategoryToggle.class);
            this.enable = enable;
        }

        @Override
        public CategoryToggle call(ToolContext context, CategoryInput input) {
            return toggle(enable ? categories.enable(input.category()) : categories.disable(input.category()));
        }

        @Override
        public Optional<String> render(CategoryToggle output) {
            return Optional.of(output.message());
        }
    }

    private static CategoryToggle toggle(CategorySwitch.CategoryChange change) {
        String id = change.category().id();
        String state = change.enabled() ? "enabled" : "disabled";
        String message;
        if (!change.changed()) {
            message = "Category " + id + " was already " + state + "; nothing changed.";
        } else if (change.tools().isEmpty()) {
            message = "Category " + id + " is " + state + "; it has no tools in this server's mode.";
        } else {
            message = "Category " + id + " is " + state + ": " + (change.enabled() ? "added " : "removed ")
                    + String.join(", ", change.tools()) + ".";
        }
        return new CategoryToggle(id, change.enabled(), change.changed(), change.tools(), message);
    }
}
