package dev.npmmcp.npm;

/** A value of NPM's {@code expand} parameter; each feature lists only those NPM answers without a 500. */
public interface Expansion {
    String wireName();
}
