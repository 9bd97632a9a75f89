package dev.npmmcp.system;

import java.util.Objects;
import java.util.Optional;

/** {@code GET /api/}: NPM's status, version, and from 2.13 whether the first admin exists. */
public record Health(String status, Version version, Optional<Boolean> setup) {

    public record Version(int major, int minor, int revision) {
        @Override
        public String toString() {
            return major + "." + minor + "." + revision;
        }
    }

    public Health {
        status = Objects.requireNonNullElse(status, "");
        version = Objects.requireNonNullElse(version, new Version(0, 0, 0));
        setup = Objects.requireNonNullElse(setup, Optional.empty());
    }
}
