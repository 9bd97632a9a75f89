package dev.npmmcp.npm;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code GET /api/} and, when the version number says nothing, the feature probes told about an instance.
 *
 * @param setup whether the first admin exists; absent before 2.13 (such versions ship a default admin)
 * @param probed true when the capabilities come from probing features rather than from the version number
 */
public record NpmServerInfo(
        String status, NpmVersion version, Optional<Boolean> setup, NpmCapabilities capabilities, boolean probed) {

    public NpmServerInfo {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(capabilities, "capabilities");
    }
}
