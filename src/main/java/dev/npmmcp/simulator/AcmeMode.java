package dev.npmmcp.simulator;

/** What happens when NPM runs certbot for a Let's Encrypt request that passed validation. */
public enum AcmeMode {
    /** certbot succeeds: NPM keeps a certificate record expiring in 90 days. */
    ISSUE,
    /** certbot fails (no ACME server reachable): NPM answers 500 with the cause under debug and keeps no record. */
    UNREACHABLE
}
