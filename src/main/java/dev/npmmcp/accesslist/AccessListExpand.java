package dev.npmmcp.accesslist;

import dev.npmmcp.npm.Expansion;

/** What {@code expand} may add to access lists. NPM's schema also names {@code proxy_hosts}, but NPM answers it with a 500. */
public enum AccessListExpand implements Expansion {
    OWNER,
    ITEMS,
    CLIENTS
}
