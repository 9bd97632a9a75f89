package dev.npmmcp.proxyhost;

import dev.npmmcp.npm.HostSettingsBuilder;
import java.util.List;
import java.util.Optional;

/** Sets the {@link ProxySettings} of a proxy host's create or update body; unset ones are not sent. */
abstract class ProxySettingsBuilder<B extends ProxySettingsBuilder<B>> extends HostSettingsBuilder<B> {

    private Optional<Boolean> trustForwardedProto = Optional.empty();
    private Optional<Boolean> blockExploits = Optional.empty();
    private Optional<Boolean> cachingEnabled = Optional.empty();
    private Optional<Boolean> allowWebsocketUpgrade = Optional.empty();
    private Optional<Integer> accessListId = Optional.empty();
    private Optional<Boolean> enabled = Optional.empty();
    private Optional<List<ProxyLocation>> locations = Optional.empty();

    public B trustForwardedProto(Boolean value) {
        this.trustForwardedProto = Optional.of(value);
        return self();
    }

    public B blockExploits(Boolean value) {
        this.blockExploits = Optional.of(value);
        return self();
    }

    public B cachingEnabled(Boolean value) {
        this.cachingEnabled = Optional.of(value);
        return self();
    }

    public B allowWebsocketUpgrade(Boolean value) {
        this.allowWebsocketUpgrade = Optional.of(value);
        return self();
    }

    public B accessListId(Integer value) {
        this.accessListId = Optional.of(value);
        return self();
    }

    public B enabled(Boolean value) {
        this.enabled = Optional.of(value);
        return self();
    }

    public B locations(List<ProxyLocation> value) {
        this.locations = Optional.of(value);
        return self();
    }

    /** What was set, for {@code build()}. */
    ProxySettings proxySettings() {
        return new ProxySettings(trustForwardedProto, blockExploits, cachingEnabled, allowWebsocketUpgrade,
                accessListId, enabled, locations);
    }
}
