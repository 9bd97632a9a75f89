package dev.npmmcp.proxyhost;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.npmmcp.npm.HostSettings;
import dev.npmmcp.npm.PartialUpdate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A partial update ({@code PUT /nginx/proxy-hosts/{id}}): only the fields set are sent, never read-only ones.
 */
public record ProxyHostUpdate(
        Optional<List<String>> domainNames,
        Optional<String> forwardScheme,
        Optional<String> forwardHost,
        Optional<Integer> forwardPort,
        @JsonUnwrapped HostSettings settings,
        @JsonUnwrapped ProxySettings proxy) implements PartialUpdate {

    public ProxyHostUpdate {
        domainNames = domainNames.map(List::copyOf);
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(proxy, "proxy");
    }

    @Override
    @JsonIgnore
    public boolean isEmpty() {
        return domainNames.isEmpty() && forwardScheme.isEmpty() && forwardHost.isEmpty() && forwardPort.isEmpty()
                && settings.isEmpty() && proxy.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends ProxySettingsBuilder<Builder> {
        private Optional<List<String>> domainNames = Optional.empty();
        private Optional<String> forwardScheme = Optional.empty();
        private Optional<String> forwardHost = Optional.empty();
        private Optional<Integer> forwardPort = Optional.empty();

        private Builder() {}

        public Builder domainNames(List<String> value) {
            this.domainNames = Optional.of(value);
            return this;
        }

        public Builder forwardScheme(String value) {
            this.forwardScheme = Optional.of(value);
            return this;
        }

        public Builder forwardHost(String value) {
            this.forwardHost = Optional.of(value);
            return this;
        }

        public Builder forwardPort(Integer value) {
            this.forwardPort = Optional.of(value);
            return this;
        }

        public ProxyHostUpdate build() {
            return new ProxyHostUpdate(domainNames, forwardScheme, forwardHost, forwardPort, settings(),
                    proxySettings());
        }
    }
}
