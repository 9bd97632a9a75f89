package dev.npmmcp.simulator;

/** What the simulator holds when it starts. */
public enum SimulatorSeed {
    /** Nothing but the admin the profile or builder provides. */
    EMPTY,
    /**
     * A small homelab: proxy hosts (one with custom locations, one behind an access list and a custom certificate), a
     * redirection host, a 404 host, a Let's Encrypt-looking and a custom certificate, an access list with a client rule
     * and a basic-auth user, and a TCP stream. Its admin is {@code admin@example.com} / {@code changeme} unless the
     * builder names another.
     */
    DEMO
}
