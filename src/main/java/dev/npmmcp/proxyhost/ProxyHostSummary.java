package dev.npmmcp.proxyhost;

import java.util.List;
import java.util.Optional;

/**
 * A proxy host in a list. The first fields are always there; the others only when the list was asked for with
 * {@code compact: false}. A compact entry also leaves out what most hosts share (no certificate, no access list,
 * nginx serving it), which keeps a 5,000-host listing near 100 bytes per host.
 */
record ProxyHostSummary(
        int id,
        List<String> domainNames,
        String forward,
        boolean enabled,
        Optional<Integer> certificateId,
        Optional<Integer> accessListId,
        Optional<Boolean> nginxOnline,
        Optional<String> certificateName,
        Optional<String> accessListName,
        Optional<Boolean> sslForced,
        Optional<Boolean> http2Support,
        Optional<Boolean> hstsEnabled,
        Optional<Boolean> allowWebsocketUpgrade,
        Optional<Boolean> blockExploits,
        Optional<Boolean> cachingEnabled,
        Optional<Integer> locationCount,
        Optional<Boolean> hasAdvancedConfig,
        Optional<String> nginxErr,
        Optional<String> modifiedOn) {

    static ProxyHostSummary of(ProxyHost host, boolean compact) {
        if (compact) {
            return new ProxyHostSummary(host.id(), host.domainNames(), ProxyHostView.forward(host), host.enabled(),
                    Optional.of(host.certificateId()).filter(id -> id > 0),
                    Optional.of(host.accessListId()).filter(id -> id > 0),
                    host.meta().nginxOnline().filter(online -> !online), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        return new ProxyHostSummary(host.id(), host.domainNames(), ProxyHostView.forward(host), host.enabled(),
                Optional.of(host.certificateId()), Optional.of(host.accessListId()), host.meta().nginxOnline(),
                host.certificate().filter(c -> host.certificateId() > 0).map(c -> c.niceName()),
                host.accessList().filter(a -> host.accessListId() > 0).map(a -> a.name()),
                Optional.of(host.sslForced()), Optional.of(host.http2Support()), Optional.of(host.hstsEnabled()),
                Optional.of(host.allowWebsocketUpgrade()), Optional.of(host.blockExploits()),
                Optional.of(host.cachingEnabled()), Optional.of(host.locations().size()),
                Optional.of(!host.advancedConfig().isBlank()), host.meta().nginxErr().filter(e -> !e.isBlank()),
                Optional.of(host.modifiedOn()));
    }
}
