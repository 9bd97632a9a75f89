package dev.npmmcp.redirection;

import dev.npmmcp.tool.HostListing;
import dev.npmmcp.tool.HostWrites;
import java.util.List;
import java.util.Optional;

/** A redirection host as the tools report it: where it sends visitors, and whether nginx serves it. */
record RedirectionView(
        int id,
        List<String> domainNames,
        String forwardScheme,
        String forwardDomainName,
        int forwardHttpCode,
        boolean preservePath,
        Optional<Integer> certificateId,
        boolean sslForced,
        boolean http2Support,
        boolean hstsEnabled,
        boolean hstsSubdomains,
        boolean blockExploits,
        Optional<String> advancedConfig,
        boolean enabled,
        Optional<Boolean> nginxOnline,
        Optional<String> nginxErr)
        implements HostWrites.Written {

    static RedirectionView of(RedirectionHost host) {
        return new RedirectionView(
                host.id(),
                host.domainNames(),
                host.forwardScheme(),
                host.forwardDomainName(),
                host.forwardHttpCode(),
                host.preservePath(),
                Optional.of(host.certificateId()).filter(id -> id > 0),
                host.sslForced(),
                host.http2Support(),
                host.hstsEnabled(),
                host.hstsSubdomains(),
                host.blockExploits(),
                Optional.of(host.advancedConfig()).filter(config -> !config.isBlank()),
                host.enabled(),
                host.meta().nginxOnline(),
                host.meta().nginxErr().filter(err -> !err.isBlank()));
    }

    /** One line: {@code #1 www.example.net -> 301 https://cloud.example.net (path kept; enabled, online)}. */
    String line() {
        boolean auto = forwardScheme.equals("auto");
        String state = HostListing.state(enabled, nginxOnline);
        return "#" + id + " " + String.join(", ", domainNames) + " -> " + forwardHttpCode + " "
                + (auto ? "" : forwardScheme + "://") + forwardDomainName + " (" + (auto ? "visitor's scheme; " : "")
                + (preservePath ? "path kept; " : "") + state + certificateId.map(c -> ", certificate " + c).orElse("")
                + ")";
    }
}
