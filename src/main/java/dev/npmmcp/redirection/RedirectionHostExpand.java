package dev.npmmcp.redirection;

import dev.npmmcp.npm.Expansion;

/** What {@code expand} may add to redirection hosts. */
public enum RedirectionHostExpand implements Expansion {
    OWNER("owner"),
    CERTIFICATE("certificate");

    private final String wireName;

    RedirectionHostExpand(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
