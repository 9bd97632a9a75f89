package dev.npmmcp.bulk.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A redirection host; its certificate by domain names. */
public record RedirectionHostEntry(
        List<String> domainNames,
        int forwardHttpCode,
        String forwardScheme,
        String forwardDomainName,
        boolean preservePath,
        Optional<List<String>> certificateDomains,
        boolean sslForced,
        boolean hstsEnabled,
        boolean hstsSubdomains,
        boolean http2Support,
        boolean blockExploits,
        String advancedConfig,
        boolean enabled) implements HttpHostEntry {

    public RedirectionHostEntry {
        domainNames = Entries.requireDomains(domainNames, "redirection host");
        if (forwardHttpCode < 300 || forwardHttpCode > 308) {
            throw new IllegalArgumentException("a redirection host's forward_http_code must be 300-308, was "
                    + forwardHttpCode);
        }
        forwardScheme = Entries.require(forwardScheme, "forward_scheme", "redirection host");
        forwardDomainName = Entries.require(forwardDomainName, "forward_domain_name", "redirection host");
        certificateDomains = Entries.optionalDomains(certificateDomains, "redirection host");
        advancedConfig = Objects.requireNonNullElse(advancedConfig, "");
    }

    @Override
    public ResourceType type() {
        return ResourceType.REDIRECTION_HOST;
    }
}
