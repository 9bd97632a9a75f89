package dev.npmmcp.proxyhost;

import dev.npmmcp.npm.CertificateChoice;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The PUT for an update: only the settings that differ from the host's current values (NPM's PUT is partial and
 * refuses read-only fields), and the names of what changes, for the result.
 */
final class ProxyHostDiff {

    private final ProxyHostUpdate.Builder update = ProxyHostUpdate.builder();
    private final List<String> changed = new ArrayList<>();

    private ProxyHostDiff() {}

    static ProxyHostDiff between(
            ProxyHost current, RequestedSettings wanted, Optional<Map<String, Object>> certificateMeta) {
        ProxyHostDiff diff = new ProxyHostDiff();
        wanted.domainNames().ifPresent(names -> {
            if (!lower(names).equals(lower(current.domainNames()))) {
                diff.update.domainNames(names);
                diff.changed.add("domain_names");
            }
        });
        diff.field("forward_scheme", wanted.forwardScheme(), current.forwardScheme(), diff.update::forwardScheme);
        diff.field("forward_host", wanted.forwardHost(), current.forwardHost(), diff.update::forwardHost);
        diff.field("forward_port", wanted.forwardPort(), current.forwardPort(), diff.update::forwardPort);
        if (wanted.requestCertificate()) {
            diff.update.certificateId(CertificateChoice.requestNew());
            certificateMeta.ifPresent(diff.update::meta);
            diff.changed.add("certificate_id (new Let's Encrypt certificate)");
        } else {
            diff.field("certificate_id", wanted.certificateId(), current.certificateId(),
                    id -> diff.update.certificateId(CertificateChoice.ofId(id)));
        }
        diff.field("ssl_forced", wanted.sslForced(), current.sslForced(), diff.update::sslForced);
        diff.field("http2_support", wanted.http2Support(), current.http2Support(), diff.update::http2Support);
        diff.field("hsts_enabled", wanted.hstsEnabled(), current.hstsEnabled(), diff.update::hstsEnabled);
        diff.field("hsts_subdomains", wanted.hstsSubdomains(), current.hstsSubdomains(), diff.update::hstsSubdomains);
        diff.field("allow_websocket_upgrade", wanted.allowWebsocketUpgrade(), current.allowWebsocketUpgrade(),
                diff.update::allowWebsocketUpgrade);
        diff.field("block_exploits", wanted.blockExploits(), current.blockExploits(), diff.update::blockExploits);
        diff.field("caching_enabled", wanted.cachingEnabled(), current.cachingEnabled(),
                diff.update::cachingEnabled);
        wanted.trustForwardedProto().ifPresent(value -> {
            if (!current.trustForwardedProto().equals(Optional.of(value))) {
                diff.update.trustForwardedProto(value);
                diff.changed.add("trust_forwarded_proto");
            }
        });
        diff.field("access_list_id", wanted.accessListId(), current.accessListId(), diff.update::accessListId);
        wanted.locations().ifPresent(locations -> {
            if (!comparable(locations).equals(comparable(current.locations()))) {
                diff.update.locations(locations);
                diff.changed.add("locations");
            }
        });
        diff.field("advanced_config", wanted.advancedConfig(), current.advancedConfig(), diff.update::advancedConfig);
        return diff;
    }

    private <T> void field(String name, Optional<T> wanted, T current, Consumer<T> set) {
        if (wanted.isPresent() && !Objects.equals(wanted.get(), current)) {
            set.accept(wanted.get());
            changed.add(name);
        }
    }

    ProxyHostUpdate update() {
        return update.build();
    }

    List<String> changed() {
        return List.copyOf(changed);
    }

    private static HashSet<String> lower(List<String> names) {
        HashSet<String> set = new HashSet<>();
        names.forEach(name -> set.add(name.toLowerCase(Locale.ROOT)));
        return set;
    }

    /** Locations without their ids, with NPM's empty strings for what is unset. */
    private static List<List<Object>> comparable(List<ProxyLocation> locations) {
        return locations.stream()
                .map(l -> List.<Object>of(l.path(), l.forwardScheme(), l.forwardHost(), l.forwardPort(),
                        l.forwardPath().orElse(""), l.advancedConfig().orElse("")))
                .toList();
    }
}
