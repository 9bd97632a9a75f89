package dev.npmmcp.fleet;

import dev.npmmcp.accesslist.AccessListApi;
import dev.npmmcp.certificate.Certificate;
import dev.npmmcp.certificate.CertificateApi;
import dev.npmmcp.deadhost.DeadHostApi;
import dev.npmmcp.npm.NginxMeta;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.redirection.RedirectionHostApi;
import dev.npmmcp.stream.StreamApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one instance holds, read once for every fleet question: its version, its hosts of every kind (as the same
 * small shape, since the questions ask the same of each kind) and its certificates. One list request per kind.
 */
record Survey(String version, List<Host> hosts, List<Certificate> certificates, int accessLists) {

    /** A host of any kind, as far as fleet questions care. */
    record Host(Kind kind, int id, List<String> domains, boolean enabled, NginxMeta meta) {}

    enum Kind {
        PROXY_HOST("proxy_host"),
        REDIRECTION_HOST("redirection_host"),
        DEAD_HOST("dead_host"),
        STREAM("stream");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        String id() {
            return id;
        }
    }

    /** @param withCertificates whether to read certificates too (find_domain and offline_hosts need none) */
    static Survey of(NpmClient client, boolean withCertificates, boolean withAccessLists) {
        String version = client.serverInfo().version().toString();
        List<Host> hosts = new ArrayList<>();
        new ProxyHostApi(client).list(Optional.empty(), Set.of()).forEach(h ->
                hosts.add(new Host(Kind.PROXY_HOST, h.id(), h.domainNames(), h.enabled(), h.meta())));
        new RedirectionHostApi(client).list(Optional.empty(), Set.of()).forEach(h ->
                hosts.add(new Host(Kind.REDIRECTION_HOST, h.id(), h.domainNames(), h.enabled(), h.meta())));
        new DeadHostApi(client).list(Optional.empty(), Set.of()).forEach(h ->
                hosts.add(new Host(Kind.DEAD_HOST, h.id(), h.domainNames(), h.enabled(), h.meta())));
        new StreamApi(client).list(Optional.empty(), Set.of()).forEach(s -> hosts.add(new Host(Kind.STREAM, s.id(),
                List.of(":" + s.incomingPort()), s.enabled(), s.meta())));
        List<Certificate> certificates = withCertificates
                ? new CertificateApi(client).list(Optional.empty(), Set.of()) : List.of();
        int lists = withAccessLists
                ? new AccessListApi(client).list(Optional.empty(), Set.of()).size() : 0;
        return new Survey(version, List.copyOf(hosts), certificates, lists);
    }

    long count(Kind kind) {
        return hosts.stream().filter(h -> h.kind() == kind).count();
    }
}
