package dev.npmmcp.redirection;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.npmmcp.npm.HostSettings;
import dev.npmmcp.npm.PartialUpdate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A partial update ({@code PUT /nginx/redirection-hosts/{id}}): only the fields set are sent.
 */
public record RedirectionHostUpdate(
        Optional<List<String>> domainNames,
        Optional<String> forwardScheme,
        Optional<Integer> forwardHttpCode,
        Optional<String> forwardDomainName,
        Optional<Boolean> preservePath,
        Optional<Boolean> blockExploits,
        @JsonUnwrapped HostSettings settings) implements PartialUpdate {

    public RedirectionHostUpdate {
        domainNames = domainNames.map(List::copyOf);
        Objects.requireNonNull(settings, "settings");
    }

    @Override
    @JsonIgnore
    public boolean isEmpty() {
        return domainNames.isEmpty() && forwardScheme.isEmpty() && forwardHttpCode.isEmpty()
                && forwardDomainName.isEmpty() && preservePath.isEmpty() && blockExploits.isEmpty()
                && settings.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends RedirectionSettingsBuilder<Builder> {
        private Optional<List<String>> domainNames = Optional.empty();
        private Optional<String> forwardScheme = Optional.empty();
        private Optional<Integer> forwardHttpCode = Optional.empty();
        private Optional<String> forwardDomainName = Optional.empty();

        private Builder() {}

        public Builder domainNames(List<String> value) {
            this.domainNames = Optional.of(value);
            return this;
        }

        public Builder forwardScheme(String value) {
            this.forwardScheme = Optional.of(value);
            return this;
        }

        public Builder forwardHttpCode(Integer value) {
            this.forwardHttpCode = Optional.of(value);
            return this;
        }

        public Builder forwardDomainName(String value) {
            this.forwardDomainName = Optional.of(value);
            return this;
        }

        public RedirectionHostUpdate build() {
            return new RedirectionHostUpdate(domainNames, forwardScheme, forwardHttpCode, forwardDomainName,
                    preservePath(), blockExploits(), settings());
        }
    }
}
