package dev.npmmcp.redirection;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.HostListing;
import dev.npmmcp.tool.HostWrites;
import java.util.List;
import java.util.Optional;

/** A redirection host as the tools report it: where it sends visitors, and whether nginx serves it. */
record RedirectionView(
        @JsonPropertyDescription("The redirection's id (redirect_id in npm_manage_redirection)") int id,
        @JsonPropertyDescription("The domains that redirect") List<String> domainNames,
        @JsonPropertyDescription("auto (keep the visitor's scheme), http or https") String forwardScheme,
        @JsonPropertyDescription("The domain (and optional path) visitors are sent to") String forwardDomainName,
        @JsonPropertyDescription("The HTTP status of the redirect (301 permanent, 302 temporary, ...)")
                int forwardHttpCode,
        @JsonPropertyDescription("Whether the request path is appended to the target") boolean preservePath,
        @JsonPropertyDescription("The SSL certificate id; absent when the host serves plain HTTP only")
                Optional<Integer> certificateId,
        @JsonPropertyDescription("HTTP is redirected to HTTPS first") boolean sslForced,
        @JsonPropertyDescription("HTTP/2 is on") boolean http2Support,
        @JsonPropertyDescription("HSTS is on") boolean hstsEnabled,
        @JsonPropertyDescription("HSTS covers subdomains") boolean hstsSubdomains,
        @JsonPropertyDescription("Common exploits are blocked") boolean blockExploits,
        @JsonPropertyDescription("Custom nginx directives, when there are any") Optional<String> advancedConfig,
        @JsonPropertyDescription("Whether the redirection is enabled") boolean enabled,
        @JsonPropertyDescription("false when nginx rejected the host's config, so it is not served; absent when"
                        + " NPM has not reported it")
                Optional<Boolean> nginxOnline,
        @JsonPropertyDescription("nginx's error when nginx_online is false") Optional<String> nginxErr)
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
        String scheme = forwardScheme.equals("auto") ? "(same scheme)://" : forwardScheme + "://";
        String state = HostListing.state(enabled, nginxOnline);
        return "#" + id + " " + String.join(", ", domainNames) + " -> " + forwardHttpCode + " " + scheme
                + forwardDomainName + (preservePath ? " (path kept; " : " (") + state
                + certificateId.map(c -> ", certificate " + c).orElse("") + ")";
    }
}
