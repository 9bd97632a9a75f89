package dev.npmmcp.mcp;

import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.JsonSchemas;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolHints;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The catalog as a person reads it: per category, each tool's name, first sentence, operations and kind; the
 * operations come from the input schema, since a description written for the LLM leaves them to the enum.
 * {@code npm-mcp tools} prints it and the README's table is this same text, so neither can drift from what the server
 * offers.
 */
public final class ToolCatalogText {

    private ToolCatalogText() {}

    public static String markdown(List<Tool<?, ?>> tools) {
        StringBuilder text = new StringBuilder();
        for (Category category : Category.values()) {
            List<Tool<?, ?>> inCategory = tools.stream().filter(t -> t.category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            String title = category == Category.DYNAMIC ? "lazy mode (`--lazy`)" : "`" + category.id() + "`";
            text.append("\n**").append(title).append("** — ").append(category.description()).append("\n\n");
            text.append("| tool | what it does | operations | kind |\n|---|---|---|---|\n");
            for (Tool<?, ?> tool : inCategory) {
                text.append("| `").append(tool.name()).append("` | ").append(firstSentence(tool.description()))
                        .append(" | ").append(operations(tool)).append(" | ").append(kind(tool.hints())).append(" |\n");
            }
        }
        return text.append("\n").toString();
    }

    private static String firstSentence(String description) {
        String flat = description.replace('\n', ' ').replace("|", "\\|").strip();
        int stop = flat.indexOf(". ");
        return stop < 0 ? flat : flat.substring(0, stop + 1);
    }

    private static String operations(Tool<?, ?> tool) {
        return JsonSchemas.inputSchema(tool.inputType()).get("properties") instanceof Map<?, ?> properties
                        && properties.get("operation") instanceof Map<?, ?> operation
                        && operation.get("enum") instanceof List<?> names
                ? names.stream().map(String::valueOf).collect(Collectors.joining(", "))
                : "";
    }

    static String kind(ToolHints hints) {
        if (hints.readOnly()) {
            return "read-only";
        }
        return hints.destructive() ? "write, destructive" : "write";
    }
}
