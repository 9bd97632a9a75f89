package dev.npmmcp.bulk.config;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate as a reference: what it is called and covers, and how it was issued. Never its files or key, so an
 * import cannot create it; hosts find it on the target by its domain names.
 *
 * @param provider {@code letsencrypt} or {@code custom}
 */
@JsonPropertyOrder({"nice_name", "provider", "domain_names", "dns_challenge", "dns_provider"})
public record CertificateEntry(
        String niceName,
        String provider,
        List<String> domainNames,
        Optional<Boolean> dnsChallenge,
        Optional<String> dnsProvider) implements ConfigEntry {

    public CertificateEntry {
        niceName = Objects.requireNonNullElse(niceName, "");
        provider = Objects.requireNonNullElse(provider, "");
        domainNames = Entries.requireDomains(domainNames, "certificate");
        dnsChallenge = Objects.requireNonNullElse(dnsChallenge, Optional.empty());
        dnsProvider = Objects.requireNonNullElse(dnsProvider, Optional.empty());
    }

    @Override
    public ResourceType type() {
        return ResourceType.CERTIFICATE;
    }

    @Override
    public String key() {
        return ConfigEntry.domainKey(domainNames);
    }
}
