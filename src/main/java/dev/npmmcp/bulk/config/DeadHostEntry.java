package dev.npmmcp.bulk.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A 404 host; its certificate by domain names. */
public record DeadHostEntry(
        List<String> domainNames,
        Optional<List<String>> certificateDomains,
        boolean sslForced,
        boolean hstsEnabled,
        boolean hstsSubdomains,
        boolean http2Support,
        String advancedConfig,
        boolean enabled) implements HttpHostEntry {

    public DeadHostEntry {
        domainNames = Entries.requireDomains(domainNames, "404 host");
        certificateDomains = Entries.optionalDomains(certificateDomains, "404 host");
        advancedConfig = Objects.requireNonNullElse(advancedConfig, "");
    }

    @Override
    public ResourceType type() {
        return ResourceType.DEAD_HOST;
    }
}
