package dev.npmmcp.deadhost;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.npmmcp.npm.HostSettings;
import dev.npmmcp.npm.HostSettingsBuilder;
import dev.npmmcp.npm.PartialUpdate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A partial update ({@code PUT /nginx/dead-hosts/{id}}): only the fields set are sent.
 */
public record DeadHostUpdate(Optional<List<String>> domainNames, @JsonUnwrapped HostSettings settings)
        implements PartialUpdate {

    public DeadHostUpdate {
        domainNames = domainNames.map(List::copyOf);
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    @JsonIgnore
    public boolean isEmpty() {
        return domainNames.isEmpty() && settings.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends HostSettingsBuilder<Builder> {
        private Optional<List<String>> domainNames = Optional.empty();

        private Builder() {}

        public Builder domainNames(List<String> value) {
            this.domainNames = Optional.of(value);
            return this;
        }

        public DeadHostUpdate build() {
            return new DeadHostUpdate(domainNames, settings());
        }
    }
}
