package dev.npmmcp.tool;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What the manage tools of NPM's hosts say alike: domain names as NPM stores them, and nginx refusing a config. */
public final class HostNotes {

    private HostNotes() {}

    /** Lower case, trimmed, each once: NPM compares and stores domains so. */
    public static List<String> normalized(List<String> domains) {
        return List.copyOf(new LinkedHashSet<>(domains.stream()
                .map(d -> d.strip().toLowerCase(Locale.ROOT))
                .toList()));
    }

    /**
     * The notes of a write, led by nginx's refusal when the object read back is offline: NPM reports a refused config
     * only there, never as a failed request.
     */
    public static List<String> afterWrite(Optional<Boolean> nginxOnline, String refusal, List<String> notes) {
        List<String> all = new ArrayList<>(notes);
        if (nginxOnline.equals(Optional.of(false))) {
            all.add(0, refusal);
        }
        return List.copyOf(all);
    }

    /** nginx's refusal of a host's config, and what to do about it with the given tool. */
    public static String hostRefused(List<String> domains, Optional<String> nginxErr, String tool) {
        return "nginx rejected the host's config, so " + String.join(", ", domains) + " is not served: "
                + nginxErr.orElse("no error text") + " Fix it (often advanced_config) with " + tool
                + " update, or disable the host.";
    }

    /** A manage tool's text: the message, the object's line, then the notes. */
    public static String render(String message, String line, List<String> notes) {
        StringBuilder text = new StringBuilder(message).append("\n").append(line);
        notes.forEach(n -> text.append("\nNote: ").append(n));
        return text.toString();
    }
}
