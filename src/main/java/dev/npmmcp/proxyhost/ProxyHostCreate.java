package dev.npmmcp.proxyhost;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.npmmcp.npm.HostSettings;
import java.util.List;
import java.util.Objects;

/**
 * The writable fields of a new proxy host ({@code POST /nginx/proxy-hosts}); unset options keep NPM's defaults.
 */
public record ProxyHostCreate(
        List<String> domainNames,
        String forwardScheme,
        String forwardHost,
        int forwardPort,
        @JsonUnwrapped HostSettings settings,
        @JsonUnwrapped ProxySettings proxy) {

    public ProxyHostCreate {
        domainNames = List.copyOf(Objects.requireNonNull(domainNames, "domainNames"));
        Objects.requireNonNull(forwardScheme, "forwardScheme");
        Objects.requireNonNull(forwardHost, "forwardHost");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(proxy, "proxy");
    }

    public static Builder builder(List<String> domainNames, String forwardScheme, String forwardHost, int forwardPort) {
        Builder builder = new Builder();
        builder.domainNames = domainNames;
        builder.forwardScheme = forwardScheme;
        builder.forwardHost = forwardHost;
        builder.forwardPort = forwardPort;
        return builder;
    }

    public static final class Builder extends ProxySettingsBuilder<Builder> {
        private List<String> domainNames;
        private String forwardScheme;
        private String forwardHost;
        private int forwardPort;

        private Builder() {}

        public ProxyHostCreate build() {
            return new ProxyHostCreate(domainNames, forwardScheme, forwardHost, forwardPort, settings(),
                    proxySettings());
        }
    }
}
