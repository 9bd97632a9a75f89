package dev.npmmcp.proxyhost;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;

/**
 * The settings only proxy hosts have, as their create and update bodies carry them, unwrapped into the body's own
 * fields: a setting left empty is not sent. {@code trust_forwarded_proto} needs NPM 2.14+. Only the builders of those
 * bodies make one, so no component is null.
 */
public record ProxySettings(
        Optional<Boolean> trustForwardedProto,
        Optional<Boolean> blockExploits,
        Optional<Boolean> cachingEnabled,
        Optional<Boolean> allowWebsocketUpgrade,
        Optional<Integer> accessListId,
        Optional<Boolean> enabled,
        Optional<List<ProxyLocation>> locations) {

    public ProxySettings {
        locations = locations.map(List::copyOf);
    }

    /** True when nothing is set. */
    @JsonIgnore
    public boolean isEmpty() {
        return trustForwardedProto.isEmpty() && blockExploits.isEmpty() && cachingEnabled.isEmpty()
                && allowWebsocketUpgrade.isEmpty() && accessListId.isEmpty() && enabled.isEmpty()
                && locations.isEmpty();
    }
}
