package dev.npmmcp.system;

import java.util.Objects;
import java.util.Optional;

/** NPM's check against its GitHub releases; both versions are absent when NPM could not ask GitHub. */
public record VersionCheck(Optional<String> current, Optional<String> latest, boolean updateAvailable) {

    public VersionCheck {
        current = Objects.requireNonNullElse(current, Optional.empty());
        latest = Objects.requireNonNullElse(latest, Optional.empty());
    }
}
