package dev.npmmcp.redirection;

import dev.npmmcp.npm.HostSettingsBuilder;
import java.util.Optional;

/** The options only redirection hosts have, set alike on a new host and in an update; unset ones are not sent. */
abstract class RedirectionSettingsBuilder<B extends RedirectionSettingsBuilder<B>> extends HostSettingsBuilder<B> {

    private Optional<Boolean> preservePath = Optional.empty();
    private Optional<Boolean> blockExploits = Optional.empty();

    public B preservePath(Boolean value) {
        this.preservePath = Optional.of(value);
        return self();
    }

    public B blockExploits(Boolean value) {
        this.blockExploits = Optional.of(value);
        return self();
    }

    Optional<Boolean> preservePath() {
        return preservePath;
    }

    Optional<Boolean> blockExploits() {
        return blockExploits;
    }
}
