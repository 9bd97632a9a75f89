package dev.npmmcp.tool;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** What the list tools and views of NPM's hosts and streams say alike. */
public final class HostListing {

    private HostListing() {}

    /** A domain filter worth sending to NPM: trimmed, and none when blank. */
    public static Optional<String> domainFilter(Optional<String> filter) {
        return filter.map(String::strip).filter(f -> !f.isEmpty());
    }

    /** The objects to show, as views: all of them, or the enabled ones only. */
    public static <T, V> List<V> shown(List<T> all, boolean enabledOnly, Predicate<T> isEnabled, Function<T, V> view) {
        return all.stream().filter(o -> !enabledOnly || isEnabled.test(o)).map(view).toList();
    }

    /**
     * A warning for each shown object nginx does not serve, e.g. {@code Stream #3 (port 2222) is offline: ...}, the
     * object named by {@code label}.
     */
    public static <V extends HostWrites.Written> List<String> offline(List<V> shown, Function<V, String> label) {
        return shown.stream()
                .filter(view -> view.nginxOnline().equals(Optional.of(false)))
                .map(view -> label.apply(view) + " is offline: "
                        + view.nginxErr().orElse("nginx rejected its config") + ".")
                .toList();
    }

    /** {@code enabled, online}: the state a view's one-line summary shows. */
    public static String state(boolean enabled, Optional<Boolean> nginxOnline) {
        return (enabled ? "enabled" : "disabled") + nginxOnline.map(on -> on ? ", online" : ", OFFLINE").orElse("");
    }

    /**
     * A list tool's text, every list the same way: the heading, then a colon and a line per object, or a full stop when
     * there are none; then the warnings.
     */
    public static String render(String heading, List<String> lines, List<String> warnings) {
        StringBuilder text = new StringBuilder(heading).append(lines.isEmpty() ? "." : ":");
        lines.forEach(line -> text.append("\n").append(line));
        warnings.forEach(w -> text.append("\nWarning: ").append(w));
        return text.toString();
    }
}
