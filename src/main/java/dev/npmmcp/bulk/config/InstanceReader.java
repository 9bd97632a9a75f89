package dev.npmmcp.bulk.config;

import dev.npmmcp.accesslist.AccessList;
import dev.npmmcp.accesslist.AccessListApi;
import dev.npmmcp.accesslist.AccessListExpand;
import dev.npmmcp.certificate.Certificate;
import dev.npmmcp.certificate.CertificateApi;
import dev.npmmcp.deadhost.DeadHost;
import dev.npmmcp.deadhost.DeadHostApi;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.proxyhost.ProxyHost;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.proxyhost.ProxyLocation;
import dev.npmmcp.redirection.RedirectionHost;
import dev.npmmcp.redirection.RedirectionHostApi;
import dev.npmmcp.stream.Stream;
import dev.npmmcp.stream.StreamApi;
import dev.npmmcp.system.Setting;
import dev.npmmcp.system.SystemApi;
import dev.npmmcp.tool.InstanceTarget;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads an instance and turns NPM's objects into portable entries, ids replaced by natural keys. */
final class InstanceReader {

    private final InstanceTarget target;
    private final NpmClient client;
    private final List<String> notes = new ArrayList<>();
    private final Map<Integer, List<String>> certificateDomains = new HashMap<>();
    private final Map<Integer, String> accessListNames = new HashMap<>();

    InstanceReader(InstanceTarget target) {
        this.target = target;
        this.client = target.client();
    }

    InstanceState read() {
        List<Existing<CertificateEntry>> certificates = sorted(new CertificateApi(client)
                .list(Optional.empty(), Set.of()).stream()
                .map(this::certificate)
                .toList());
        List<Existing<AccessListEntry>> accessLists = sorted(new AccessListApi(client)
                .list(Optional.empty(), EnumSet.of(AccessListExpand.ITEMS, AccessListExpand.CLIENTS)).stream()
                .map(this::accessList)
                .toList());
        List<Existing<ProxyHostEntry>> proxyHosts = sorted(new ProxyHostApi(client)
                .list(Optional.empty(), Set.of()).stream().map(this::proxyHost).toList());
        List<Existing<RedirectionHostEntry>> redirections = sorted(new RedirectionHostApi(client)
                .list(Optional.empty(), Set.of()).stream().map(this::redirection).toList());
        List<Existing<DeadHostEntry>> deadHosts = sorted(new DeadHostApi(client)
                .list(Optional.empty(), Set.of()).stream().map(this::deadHost).toList());
        List<Existing<StreamEntry>> streams = sorted(new StreamApi(client)
                .list(Optional.empty(), Set.of()).stream().map(this::stream).toList());
        List<Existing<SettingEntry>> settings = sorted(new SystemApi(client).settings().stream()
                .map(InstanceReader::setting)
                .toList());
        return new InstanceState(target.name(), client.serverInfo().version().toString(), client.capabilities(),
                certificates, accessLists, proxyHosts, redirections, deadHosts, streams, settings, notes);
    }

    private static <E extends ConfigEntry> List<Existing<E>> sorted(List<Existing<E>> entries) {
        return entries.stream()
                .sorted(Comparator.comparing((Existing<E> e) -> e.entry().key()).thenComparing(Existing::id))
                .toList();
    }

    private Existing<CertificateEntry> certificate(Certificate certificate) {
        boolean letsEncrypt = certificate.provider().equals("letsencrypt");
        CertificateEntry entry = new CertificateEntry(certificate.niceName(),
                letsEncrypt ? "letsencrypt" : "custom",
                certificate.domainNames().isEmpty() ? List.of(certificate.niceName()) : certificate.domainNames(),
                letsEncrypt ? certificate.meta().dnsChallenge().or(() -> Optional.of(false)) : Optional.empty(),
                letsEncrypt ? certificate.meta().dnsProvider() : Optional.empty());
        certificateDomains.put(certificate.id(), entry.domainNames());
        return new Existing<>(certificate.id(), entry);
    }

    private Existing<AccessListEntry> accessList(AccessList list) {
        accessListNames.put(list.id(), list.name());
        return new Existing<>(list.id(), new AccessListEntry(list.name(), list.satisfyAny(), list.passAuth(), false,
                list.items().stream().map(i -> AccessListItemEntry.withoutPassword(i.username())).toList(),
                list.clients().stream().map(c -> new AccessListClientEntry(c.address(), c.directive())).toList()));
    }

    private Existing<ProxyHostEntry> proxyHost(ProxyHost host) {
        String label = "proxy host " + String.join(", ", host.domainNames());
        return new Existing<>(host.id(), new ProxyHostEntry(host.domainNames(), host.forwardScheme(),
                host.forwardHost(), host.forwardPort(), certificate(host.certificateId(), label),
                accessList(host.accessListId(), label), host.sslForced(), host.hstsEnabled(), host.hstsSubdomains(),
                host.http2Support(), host.blockExploits(), host.cachingEnabled(), host.allowWebsocketUpgrade(),
                host.trustForwardedProto(), host.advancedConfig(), host.enabled(),
                host.locations().stream().map(InstanceReader::location).toList()));
    }

    private static LocationEntry location(ProxyLocation location) {
        return new LocationEntry(location.path(), location.forwardScheme(), location.forwardHost(),
                location.forwardPort(), location.forwardPath().orElse(""), location.advancedConfig().orElse(""));
    }

    private Existing<RedirectionHostEntry> redirection(RedirectionHost host) {
        String label = "redirection host " + String.join(", ", host.domainNames());
        return new Existing<>(host.id(), new RedirectionHostEntry(host.domainNames(), host.forwardHttpCode(),
                host.forwardScheme(), host.forwardDomainName(), host.preservePath(),
                certificate(host.certificateId(), label), host.sslForced(), host.hstsEnabled(),
                host.hstsSubdomains(), host.http2Support(), host.blockExploits(), host.advancedConfig(),
                host.enabled()));
    }

    private Existing<DeadHostEntry> deadHost(DeadHost host) {
        String label = "404 host " + String.join(", ", host.domainNames());
        return new Existing<>(host.id(), new DeadHostEntry(host.domainNames(),
                certificate(host.certificateId(), label), host.sslForced(), host.hstsEnabled(),
                host.hstsSubdomains(), host.http2Support(), host.advancedConfig(), host.enabled()));
    }

    private Existing<StreamEntry> stream(Stream stream) {
        String label = "stream on port " + stream.incomingPort();
        return new Existing<>(stream.id(), new StreamEntry(stream.incomingPort(), stream.forwardingHost(),
                stream.forwardingPort(), stream.tcpForwarding(), stream.udpForwarding(),
                certificate(stream.certificateId(), label), stream.enabled()));
    }

    private static Existing<SettingEntry> setting(Setting setting) {
        // Settings have string ids; 0 marks "no numeric id" and is never sent to NPM.
        return new Existing<>(0, new SettingEntry(setting.id(), setting.value(), setting.meta()));
    }

    /** NPM keeps a certificate id after the certificate is deleted: such a dangling id is left out, with a note. */
    private Optional<List<String>> certificate(int id, String label) {
        return reference(id, certificateDomains::get, label, "certificate");
    }

    private Optional<String> accessList(int id, String label) {
        return reference(id, accessListNames::get, label, "access list");
    }

    private <T> Optional<T> reference(int id, Function<Integer, T> lookup, String label, String kind) {
        if (id <= 0) {
            return Optional.empty();
        }
        Optional<T> found = Optional.ofNullable(lookup.apply(id));
        if (found.isEmpty()) {
            notes.add(label + " on instance '" + target.name() + "' points at " + kind + " #" + id
                    + ", which does not exist (NPM keeps the id after a delete); it is described without one.");
        }
        return found;
    }
}
