package dev.npmmcp.stream;

import dev.npmmcp.npm.Expansion;

/** What {@code expand} may add to streams ({@code certificate} needs NPM 2.12+; 2.10 answers 500). */
public enum StreamExpand implements Expansion {
    OWNER,
    CERTIFICATE
}
