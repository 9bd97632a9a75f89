package dev.npmmcp.deadhost;

import dev.npmmcp.npm.Expansion;

/** What {@code expand} may add to 404 hosts. */
public enum DeadHostExpand implements Expansion {
    OWNER,
    CERTIFICATE
}
