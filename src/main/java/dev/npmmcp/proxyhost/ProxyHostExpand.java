package dev.npmmcp.proxyhost;

import dev.npmmcp.npm.Expansion;

/** What {@code expand} may add to proxy hosts. */
public enum ProxyHostExpand implements Expansion {
    OWNER,
    CERTIFICATE,
    ACCESS_LIST
}
