package dev.npmmcp.proxyhost;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A domain filter: plain text matches anywhere in a domain name, {@code *} matches any run of characters. NPM's own
 * {@code query} narrows the list on the server (a substring match whose case rules depend on NPM's database), and the
 * same filter is applied again here so the answer means the same on every instance.
 */
record DomainFilter(String text) {

    DomainFilter {
        text = text.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.chars().allMatch(c -> c == '*')) {
            throw new IllegalArgumentException("domain_filter must contain more than '*'; leave it out to list all");
        }
    }

    /** What to send as NPM's {@code query}: the longest literal piece, which every match contains. */
    String query() {
        return Arrays.stream(text.split("\\*"))
                .max(Comparator.comparingInt(String::length))
                .orElse(text);
    }

    boolean matches(List<String> domainNames) {
        return domainNames.stream().anyMatch(this::matches);
    }

    boolean matches(String domainName) {
        String name = domainName.toLowerCase(Locale.ROOT);
        if (!text.contains("*")) {
            return name.contains(text);
        }
        StringBuilder regex = new StringBuilder();
        for (String piece : text.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(piece));
        }
        return Pattern.matches(regex.toString(), name);
    }
}
