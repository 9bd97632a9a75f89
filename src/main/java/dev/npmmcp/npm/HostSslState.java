package dev.npmmcp.npm;

/** The certificate and SSL flags a proxy, redirection or 404 host holds, as NPM answers them. */
public interface HostSslState {

    /** 0 when the host has none. */
    int certificateId();

    boolean sslForced();

    boolean http2Support();

    boolean hstsEnabled();

    boolean hstsSubdomains();
}
