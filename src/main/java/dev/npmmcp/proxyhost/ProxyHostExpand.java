package dev.npmmcp.proxyhost;

import dev.npmmcp.npm.Expansion;

/** What {@code expand} may add to proxy hosts. */
public enum ProxyHostExpand implements Expansion {
    OWNER("owner"),
    CERTIFICATE("certificate"),
    ACCESS_LIST("access_list");

    private final String wireName;

    ProxyHostExpand(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
