package dev.npmmcp.certificate;

import dev.npmmcp.npm.Expansion;

/** What {@code expand} may add to certificates. */
public enum CertificateExpand implements Expansion {
    OWNER
}
