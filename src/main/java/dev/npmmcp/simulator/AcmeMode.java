package dev.npmmcp.simulator;

/** What happens when NPM runs certbot for a Let's Encrypt request that passed validation. */
public enum AcmeMode {
    /**
     * The public Let's Encrypt: certbot succeeds for public names (NPM keeps a certificate record expiring in 90
     * days) and fails for names outside the public suffix list ({@code nas.lan}, {@code x.home.arpa}).
     */
    ISSUE,
    /** A private ACME CA NPM was pointed at: it issues internal names too. */
    PRIVATE_CA,
    /** certbot fails (no ACME server reachable): NPM answers 500 with the cause under debug and keeps no record. */
    UNREACHABLE
}
