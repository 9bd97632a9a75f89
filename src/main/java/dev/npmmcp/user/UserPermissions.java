package dev.npmmcp.user;

import java.util.Objects;

/** A user's permissions as NPM answers them (expand=permissions): visibility all|user, others hidden|view|manage. */
public record UserPermissions(
        String visibility,
        String proxyHosts,
        String redirectionHosts,
        String deadHosts,
        String streams,
        String accessLists,
        String certificates) {

    public UserPermissions {
        visibility = Objects.requireNonNullElse(visibility, "");
        proxyHosts = Objects.requireNonNullElse(proxyHosts, "");
        redirectionHosts = Objects.requireNonNullElse(redirectionHosts, "");
        deadHosts = Objects.requireNonNullElse(deadHosts, "");
        streams = Objects.requireNonNullElse(streams, "");
        accessLists = Objects.requireNonNullElse(accessLists, "");
        certificates = Objects.requireNonNullElse(certificates, "");
    }
}
