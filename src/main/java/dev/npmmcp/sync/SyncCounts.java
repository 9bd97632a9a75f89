package dev.npmmcp.sync;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.bulk.config.Action;
import dev.npmmcp.bulk.config.ItemOutcome;
import dev.npmmcp.bulk.config.Status;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** How many objects of a sync ended in each status, and the changes planned or made by action. */
public record SyncCounts(
        @JsonPropertyDescription("All objects considered") int total,
        @JsonPropertyDescription("Would be changed (dry run)") int planned,
        @JsonPropertyDescription("Changed on the target") int done,
        @JsonPropertyDescription("Already the same on the target; nothing sent") int unchanged,
        @JsonPropertyDescription("Blocked by something on the target, e.g. a domain another host holds") int conflict,
        @JsonPropertyDescription("Blocked by a missing certificate or access-list password (see each reason)")
                int unresolved,
        @JsonPropertyDescription("Left out on purpose (see each reason)") int skipped,
        @JsonPropertyDescription("NPM refused or failed (see each error)") int failed,
        @JsonPropertyDescription("Not tried because an earlier change failed and continue_on_error is false")
                int notAttempted,
        @JsonPropertyDescription("Changes planned or done, by action (create, update, delete)")
                Map<String, Integer> byAction) {

    static SyncCounts of(List<ItemOutcome> items) {
        Map<String, Integer> byAction = new TreeMap<>();
        items.stream()
                .filter(i -> i.status() == Status.PLANNED || i.status() == Status.DONE)
                .filter(i -> i.action() != Action.NONE)
                .forEach(i -> byAction.merge(i.action().name().toLowerCase(Locale.ROOT), 1, Integer::sum));
        return new SyncCounts(items.size(), count(items, Status.PLANNED), count(items, Status.DONE),
                count(items, Status.UNCHANGED), count(items, Status.CONFLICT), count(items, Status.UNRESOLVED),
                count(items, Status.SKIPPED), count(items, Status.FAILED), count(items, Status.NOT_ATTEMPTED),
                byAction);
    }

    private static int count(List<ItemOutcome> items, Status status) {
        return (int) items.stream().filter(i -> i.status() == status).count();
    }

    /** "2 done, 1 unchanged": the non-zero counts. */
    String summary() {
        StringBuilder text = new StringBuilder();
        append(text, planned, "planned");
        append(text, done, "done");
        append(text, unchanged, "unchanged");
        append(text, conflict, "in conflict");
        append(text, unresolved, "unresolved");
        append(text, skipped, "skipped");
        append(text, failed, "failed");
        append(text, notAttempted, "not attempted");
        return text.isEmpty() ? "nothing" : text.toString();
    }

    private static void append(StringBuilder text, int count, String what) {
        if (count > 0) {
            text.append(text.isEmpty() ? "" : ", ").append(count).append(' ').append(what);
        }
    }
}
