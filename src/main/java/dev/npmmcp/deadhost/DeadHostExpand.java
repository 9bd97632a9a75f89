package dev.npmmcp.deadhost;

import dev.npmmcp.npm.Expansion;

/** What {@code expand} may add to 404 hosts. */
public enum DeadHostExpand implements Expansion {
    OWNER("owner"),
    CERTIFICATE("certificate");

    private final String wireName;

    DeadHostExpand(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
