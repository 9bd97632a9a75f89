package dev.npmmcp.npm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;

/**
 * The {@code meta} NPM keeps on hosts and streams. A bad nginx config does not fail the write: it shows here, as
 * {@code nginx_online: false} with nginx's error, when the object is read back.
 */
public record NginxMeta(Optional<Boolean> nginxOnline, Optional<String> nginxErr) {

    public NginxMeta {
        nginxOnline = nginxOnline == null ? Optional.empty() : nginxOnline;
        nginxErr = nginxErr == null ? Optional.empty() : nginxErr;
    }

    public static NginxMeta unknown() {
        return new NginxMeta(Optional.empty(), Optional.empty());
    }

    /**
     * The verdict as it stands for an object that is {@code enabled} or not. NPM's disable sets only {@code enabled}
     * and removes the config, so a disabled object keeps the verdict from when it was last enabled: "online" for
     * an object nginx no longer serves, or an old refusal.
     */
    public NginxMeta whileEnabled(boolean enabled) {
        return enabled ? this : unknown();
    }

    /** True only when NPM said nginx rejected the config. */
    @JsonIgnore
    public boolean failed() {
        return nginxOnline.map(online -> !online).orElse(false);
    }
}
