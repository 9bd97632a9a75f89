package dev.npmmcp.bulk.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** How many items of a bulk operation or sync ended in each status, and what was (or would be) done. */
public record OutcomeCounts(
        int total,
        int planned,
        int done,
        int unchanged,
        int skipped,
        int conflict,
        int unresolved,
        int failed,
        int notAttempted,
        Map<String, Integer> byAction) {

    public static OutcomeCounts of(List<ItemOutcome> items) {
        Map<String, Integer> byAction = new TreeMap<>();
        items.stream()
                .filter(i -> i.status() == Status.PLANNED || i.status() == Status.DONE)
                .filter(i -> i.action() != Action.NONE)
                .forEach(i -> byAction.merge(i.action().name().toLowerCase(Locale.ROOT), 1, Integer::sum));
        return new OutcomeCounts(items.size(), count(items, Status.PLANNED), count(items, Status.DONE),
                count(items, Status.UNCHANGED), count(items, Status.SKIPPED), count(items, Status.CONFLICT),
                count(items, Status.UNRESOLVED), count(items, Status.FAILED), count(items, Status.NOT_ATTEMPTED),
                byAction);
    }

    private static int count(List<ItemOutcome> items, Status status) {
        return (int) items.stream().filter(i -> i.status() == status).count();
    }

    /** "2 done, 1 unchanged, 1 failed": the non-zero counts. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        append(text, planned, "planned");
        append(text, done, "done");
        append(text, unchanged, "unchanged");
        append(text, skipped, "skipped");
        append(text, conflict, "in conflict");
        append(text, unresolved, "unresolved");
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
