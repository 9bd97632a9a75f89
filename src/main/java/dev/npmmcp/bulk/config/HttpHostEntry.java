package dev.npmmcp.bulk.config;

import java.util.List;
import java.util.Optional;

/**
 * What proxy, redirection and 404 hosts share in a document, and write alike: their names (the key), the certificate
 * by its domain names, the SSL flags, custom nginx directives and whether they are enabled.
 */
public sealed interface HttpHostEntry extends ConfigEntry permits ProxyHostEntry, RedirectionHostEntry, DeadHostEntry {

    List<String> domainNames();

    Optional<List<String>> certificateDomains();

    boolean sslForced();

    boolean hstsEnabled();

    boolean hstsSubdomains();

    boolean http2Support();

    String advancedConfig();

    boolean enabled();

    @Override
    default String key() {
        return ConfigEntry.domainKey(domainNames());
    }

    @Override
    default Optional<List<String>> certificateReference() {
        return certificateDomains();
    }
}
