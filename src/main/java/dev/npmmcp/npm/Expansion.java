package dev.npmmcp.npm;

import java.util.Locale;

/**
 * A value of NPM's {@code expand} parameter; each feature lists only those NPM answers without a 500, as an enum whose
 * constants are NPM's names in upper case.
 */
public interface Expansion {

    /** The enum constant's name. */
    String name();

    /** NPM's name: {@code ACCESS_LIST} is {@code access_list}. */
    default String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
