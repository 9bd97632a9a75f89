package dev.npmmcp.certificate;

import java.util.Objects;

/** A DNS provider for DNS challenges; {@code credentials} is the template of the credentials file it expects. */
public record DnsProvider(String id, String name, String credentials) {

    public DnsProvider {
        id = Objects.requireNonNullElse(id, "");
        name = Objects.requireNonNullElse(name, "");
        credentials = Objects.requireNonNullElse(credentials, "");
    }
}
