package dev.npmmcp.intent;

import dev.npmmcp.deadhost.DeadHostApi;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.proxyhost.ProxyHost;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.redirection.RedirectionHostApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which host serves which names, over the three kinds nginx serves by name, read with one list per kind: nginx
 * serves a name from one host only, so a name two hosts claim is a conflict whatever their kinds.
 *
 * @param proxyHosts the proxy hosts in full, for the caller looking for its own
 */
record DomainClaims(List<ProxyHost> proxyHosts, List<Claim> claims) {

    /** A host of any kind and its names, e.g. {@code redirection host #4}. */
    record Claim(String kind, int id, List<String> names) {

        boolean proxyHost(int hostId) {
            return kind.equals("proxy host") && id == hostId;
        }

        /** Its names among {@code wanted} (lower case), in its own order. */
        List<String> overlap(Set<String> wanted) {
            return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).filter(wanted::contains).toList();
        }

        String label() {
            return kind + " #" + id;
        }
    }

    static DomainClaims read(NpmClient client) {
        List<ProxyHost> proxies = new ProxyHostApi(client).list(Optional.empty(), Set.of());
        List<Claim> claims = new ArrayList<>();
        proxies.forEach(h -> claims.add(new Claim("proxy host", h.id(), h.domainNames())));
        new RedirectionHostApi(client).list(Optional.empty(), Set.of())
                .forEach(h -> claims.add(new Claim("redirection host", h.id(), h.domainNames())));
        new DeadHostApi(client).list(Optional.empty(), Set.of())
                .forEach(h -> claims.add(new Claim("404 host", h.id(), h.domainNames())));
        return new DomainClaims(List.copyOf(proxies), List.copyOf(claims));
    }

    /** The hosts claiming any of {@code wanted} (lower case), but for the proxy host {@code except}. */
    List<Claim> claiming(Set<String> wanted, Optional<Integer> except) {
        return claims.stream()
                .filter(c -> except.filter(c::proxyHost).isEmpty())
                .filter(c -> !c.overlap(wanted).isEmpty())
                .toList();
    }
}
