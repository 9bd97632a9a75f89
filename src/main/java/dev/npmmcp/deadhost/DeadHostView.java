package dev.npmmcp.deadhost;

import dev.npmmcp.tool.HostListing;
import dev.npmmcp.tool.HostWrites;
import java.util.List;
import java.util.Optional;

/** A 404 host as the tools report it: which domains answer "not found", and whether nginx serves them. */
record DeadHostView(
        int id,
        List<String> domainNames,
        Optional<Integer> certificateId,
        boolean sslForced,
        boolean http2Support,
        boolean hstsEnabled,
        boolean hstsSubdomains,
        Optional<String> advancedConfig,
        boolean enabled,
        Optional<Boolean> nginxOnline,
        Optional<String> nginxErr)
        implements HostWrites.Written {

    static DeadHostView of(DeadHost host) {
        return new DeadHostView(
                host.id(),
                host.domainNames(),
                Optional.of(host.certificateId()).filter(id -> id > 0),
                host.sslForced(),
                host.http2Support(),
                host.hstsEnabled(),
                host.hstsSubdomains(),
                Optional.of(host.advancedConfig()).filter(config -> !config.isBlank()),
                host.enabled(),
                host.meta().nginxOnline(),
                host.meta().nginxErr().filter(err -> !err.isBlank()));
    }

    /** One line: {@code #1 old.example.net (enabled, online, certificate 2)}. */
    String line() {
        return "#" + id + " " + String.join(", ", domainNames) + " (" + HostListing.state(enabled, nginxOnline)
                + certificateId.map(c -> ", certificate " + c).orElse("") + ")";
    }
}
