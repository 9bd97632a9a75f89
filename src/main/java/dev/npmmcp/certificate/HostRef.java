package dev.npmmcp.certificate;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A host or stream that points at a certificate through its {@code certificate_id}. */
public record HostRef(
        @JsonPropertyDescription("proxy_host, redirection_host, dead_host or stream") String type,
        @JsonPropertyDescription("The host's or stream's id") int id,
        @JsonPropertyDescription("Its domain names, or the incoming port for a stream") String name,
        @JsonPropertyDescription("Whether it is enabled") boolean enabled) {

    @Override
    public String toString() {
        return type.replace('_', ' ') + " " + id + " (" + name + ")";
    }
}
