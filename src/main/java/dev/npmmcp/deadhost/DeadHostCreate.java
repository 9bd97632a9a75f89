package dev.npmmcp.deadhost;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.npmmcp.npm.HostSettings;
import dev.npmmcp.npm.HostSettingsBuilder;
import java.util.List;
import java.util.Objects;

/**
 * The writable fields of a new 404 host ({@code POST /nginx/dead-hosts}).
 */
public record DeadHostCreate(List<String> domainNames, @JsonUnwrapped HostSettings settings) {

    public DeadHostCreate {
        domainNames = List.copyOf(Objects.requireNonNull(domainNames, "domainNames"));
        Objects.requireNonNull(settings, "settings");
    }

    public static Builder builder(List<String> domainNames) {
        Builder builder = new Builder();
        builder.domainNames = domainNames;
        return builder;
    }

    public static final class Builder extends HostSettingsBuilder<Builder> {
        private List<String> domainNames;

        private Builder() {}

        public DeadHostCreate build() {
            return new DeadHostCreate(domainNames, settings());
        }
    }
}
