package dev.npmmcp.resource;

import java.util.List;

/**
 * The answer to completion/complete: at most {@link #MAX} values (the protocol's cap), how many matched in all, and
 * whether more matched than are shown.
 */
public record Completion(List<String> values, int total, boolean hasMore) {

    public static final int MAX = 100;

    public static Completion none() {
        return new Completion(List.of(), 0, false);
    }

    /** The candidates starting with {@code typed} (case-insensitive), in order, without repeats, capped at MAX. */
    public static Completion matching(List<String> candidates, String typed) {
        String prefix = typed.toLowerCase(java.util.Locale.ROOT);
        List<String> matches = candidates.stream()
                .filter(candidate -> candidate.toLowerCase(java.util.Locale.ROOT).startsWith(prefix))
                .distinct()
                .toList();
        return new Completion(matches.stream().limit(MAX).toList(), matches.size(), matches.size() > MAX);
    }
}
