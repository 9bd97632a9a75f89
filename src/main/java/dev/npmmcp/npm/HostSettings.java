package dev.npmmcp.npm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;
import java.util.Optional;

/**
 * The settings NPM's proxy, redirection and 404 hosts write alike (certificate, SSL flags, custom nginx, meta), as
 * their create and update bodies carry them, unwrapped into the body's own fields: a setting left empty is not sent.
 * Only {@link HostSettingsBuilder} makes one, so no component is null.
 */
public record HostSettings(
        Optional<CertificateChoice> certificateId,
        Optional<Boolean> sslForced,
        Optional<Boolean> hstsEnabled,
        Optional<Boolean> hstsSubdomains,
        Optional<Boolean> http2Support,
        Optional<String> advancedConfig,
        Optional<Map<String, Object>> meta) {

    public HostSettings {
        meta = meta.map(Map::copyOf);
    }

    /** True when nothing is set. */
    @JsonIgnore
    public boolean isEmpty() {
        return certificateId.isEmpty() && sslForced.isEmpty() && hstsEnabled.isEmpty() && hstsSubdomains.isEmpty()
                && http2Support.isEmpty() && advancedConfig.isEmpty() && meta.isEmpty();
    }
}
