package dev.npmmcp.deadhost;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.HostListing;
import dev.npmmcp.tool.HostWrites;
import java.util.List;
import java.util.Optional;

/** A 404 host as the tools report it: which domains answer "not found", and whether nginx serves them. */
record DeadHostView(
        @JsonPropertyDescription("The 404 host's id (host_id in npm_manage_dead_host)") int id,
        @JsonPropertyDescription("The domains that answer 404") List<String> domainNames,
        @JsonPropertyDescription("The SSL certificate id; absent when the host serves plain HTTP only")
                Optional<Integer> certificateId,
        @JsonPropertyDescription("HTTP is redirected to HTTPS first") boolean sslForced,
        @JsonPropertyDescription("HTTP/2 is on") boolean http2Support,
        @JsonPropertyDescription("HSTS is on") boolean hstsEnabled,
        @JsonPropertyDescription("HSTS covers subdomains") boolean hstsSubdomains,
        @JsonPropertyDescription("Custom nginx directives, when there are any") Optional<String> advancedConfig,
        @JsonPropertyDescription("Whether the host is enabled") boolean enabled,
        @JsonPropertyDescription("false when nginx rejected the host's config, so it is not served; absent when"
                        + " NPM has not reported it")
                Optional<Boolean> nginxOnline,
        @JsonPropertyDescription("nginx's error when nginx_online is false") Optional<String> nginxErr)
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
