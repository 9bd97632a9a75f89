package dev.npmmcp.redirection;

import dev.npmmcp.npm.Expansion;

/** What {@code expand} may add to redirection hosts. */
public enum RedirectionHostExpand implements Expansion {
    OWNER,
    CERTIFICATE
}
