package dev.npmmcp.bulk.config;

import java.util.List;
import java.util.Locale;

/** The text rendering of a plan or its outcomes, shared by bulk operations and syncs. */
public final class OutcomeText {

    /** Enough items for a person to follow; the structured result always has them all. */
    private static final int RENDERED_ITEMS = 30;

    private OutcomeText() {}

    public static StringBuilder render(
            String message, OutcomeCounts counts, List<ItemOutcome> items, List<String> notes) {
        StringBuilder text = new StringBuilder(message).append("\nItems: ").append(counts.summary()).append('.');
        items.stream().limit(RENDERED_ITEMS).forEach(item -> {
            text.append("\n- ").append(item.resourceType().label()).append(' ').append(item.name())
                    .append(item.id().map(id -> " #" + id).orElse(""))
                    .append(": ").append(item.action().name().toLowerCase(Locale.ROOT)).append(", ")
                    .append(item.status().name().toLowerCase(Locale.ROOT));
            item.changes().forEach(c -> text.append("\n    ").append(c.field()).append(": ").append(c.from())
                    .append(" -> ").append(c.to()));
            item.reason().ifPresent(r -> text.append("\n    ").append(r));
            item.error().ifPresent(e -> text.append("\n    error: ").append(e));
        });
        if (items.size() > RENDERED_ITEMS) {
            text.append("\n… and ").append(items.size() - RENDERED_ITEMS).append(" more in the structured result.");
        }
        notes.forEach(n -> text.append("\nNote: ").append(n));
        return text;
    }
}
