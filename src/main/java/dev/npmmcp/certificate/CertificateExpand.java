package dev.npmmcp.certificate;

import dev.npmmcp.npm.Expansion;

/** What {@code expand} may add to certificates. */
public enum CertificateExpand implements Expansion {
    OWNER("owner");

    private final String wireName;

    CertificateExpand(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }
}
