package dev.npmmcp.proxyhost;

import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.ToolFailure;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Finds the proxy host serving a domain name: an exact name first, else a wildcard entry covering it. */
final class ProxyHostLookup {

    private ProxyHostLookup() {}

    static ProxyHost byDomain(InstanceTarget target, String domainName, Set<ProxyHostExpand> expand) {
        String wanted = domainName.strip().toLowerCase(Locale.ROOT);
        ProxyHostApi api = new ProxyHostApi(target.client());
        Optional<ProxyHost> exact = exactly(api, wanted, expand);
        if (exact.isPresent()) {
            return exact.get();
        }
        // NPM's query is a substring match: it cannot find "*.example.net" for "app.example.net"
        List<ProxyHost> all = api.list(Optional.empty(), expand);
        return exact(all, wanted)
                .or(() -> all.stream().filter(host -> host.domainNames().stream()
                                .anyMatch(name -> covers(name.toLowerCase(Locale.ROOT), wanted)))
                        .findFirst())
                .orElseThrow(() -> new ToolFailure("No proxy host on instance '" + target.name() + "' serves "
                        + domainName + ".",
                        "Call npm_list_proxy_hosts with domain_filter set to part of the name to see what exists;"
                                + " the name may belong to a redirection or 404 host instead."));
    }

    /** The host with exactly this domain name, if any. */
    static Optional<ProxyHost> exactly(ProxyHostApi api, String domainName, Set<ProxyHostExpand> expand) {
        String wanted = domainName.strip().toLowerCase(Locale.ROOT);
        return exact(api.list(Optional.of(wanted), expand), wanted);
    }

    private static Optional<ProxyHost> exact(List<ProxyHost> hosts, String wanted) {
        return hosts.stream()
                .filter(host -> host.domainNames().stream().anyMatch(name -> name.equalsIgnoreCase(wanted)))
                .findFirst();
    }

    /** nginx's leading wildcard: "*.example.net" serves one or more labels before ".example.net". */
    static boolean covers(String pattern, String name) {
        return pattern.startsWith("*.") && name.endsWith(pattern.substring(1)) && name.length() > pattern.length() - 1;
    }
}
