package dev.npmmcp.user;

import dev.npmmcp.npm.Expansion;

/** What {@code expand} may add to users. */
public enum UserExpand implements Expansion {
    PERMISSIONS
}
