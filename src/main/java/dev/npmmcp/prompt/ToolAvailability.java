package dev.npmmcp.prompt;

import dev.npmmcp.tool.Category;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a prompt may rely on, decided once when the server starts: each tool's status, and the modes that change how
 * the assistant works (read-only, lazy categories).
 *
 * @param tools the status of every tool the server knows; a tool not in the map is {@link ToolStatus.Absent}
 */
public record ToolAvailability(Map<String, ToolStatus> tools, boolean readOnly, boolean lazy) {

    public ToolAvailability {
        tools = Map.copyOf(tools);
    }

    public ToolStatus status(String tool) {
        return tools.getOrDefault(tool, new ToolStatus.Absent());
    }

    public boolean ready(String tool) {
        return status(tool) instanceof ToolStatus.Ready;
    }

    /** Whether a client should see the prompt at all: one of its core tools can be called. */
    public boolean offers(PromptTools needed) {
        return needed.core().stream().anyMatch(this::ready);
    }

    /** The categories a lazy-mode assistant must enable for the ready tools among {@code names}, in catalog order. */
    List<Category> categoriesOf(List<String> names) {
        return names.stream()
                .map(this::status)
                .map(status -> status instanceof ToolStatus.Ready(Category category) ? Optional.of(category)
                        : Optional.<Category>empty())
                .flatMap(Optional::stream)
                .filter(Category::selectable)
                .distinct()
                .sorted()
                .toList();
    }
}
