package dev.npmmcp.npm;

import java.util.Comparator;

/** NPM's {@code version} object from {@code GET /api/}. */
public record NpmVersion(int major, int minor, int revision) implements Comparable<NpmVersion> {

    private static final Comparator<NpmVersion> ORDER = Comparator.comparingInt(NpmVersion::major)
            .thenComparingInt(NpmVersion::minor)
            .thenComparingInt(NpmVersion::revision);

    public static NpmVersion of(int major, int minor, int revision) {
        return new NpmVersion(major, minor, revision);
    }

    public boolean atLeast(int major, int minor, int revision) {
        return compareTo(new NpmVersion(major, minor, revision)) >= 0;
    }

    /** Source builds report 2.0.0 or 0.0.0 whatever they are: such a number says nothing about features. */
    public boolean isPlaceholder() {
        return (major == 2 || major == 0) && minor == 0 && revision == 0;
    }

    @Override
    public int compareTo(NpmVersion other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + revision;
    }
}
