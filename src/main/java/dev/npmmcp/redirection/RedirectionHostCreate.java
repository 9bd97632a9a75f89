package dev.npmmcp.redirection;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.npmmcp.npm.HostSettings;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The writable fields of a new redirection host ({@code POST /nginx/redirection-hosts}).
 * {@code forward_scheme} is auto, http or https; {@code forward_http_code} 300-308.
 */
public record RedirectionHostCreate(
        List<String> domainNames,
        String forwardScheme,
        int forwardHttpCode,
        String forwardDomainName,
        Optional<Boolean> preservePath,
        Optional<Boolean> blockExploits,
        @JsonUnwrapped HostSettings settings) {

    public RedirectionHostCreate {
        domainNames = List.copyOf(Objects.requireNonNull(domainNames, "domainNames"));
        Objects.requireNonNull(forwardScheme, "forwardScheme");
        Objects.requireNonNull(forwardDomainName, "forwardDomainName");
        Objects.requireNonNull(settings, "settings");
    }

    public static Builder builder(List<String> domainNames, String forwardScheme, int forwardHttpCode,
            String forwardDomainName) {
        Builder builder = new Builder();
        builder.domainNames = domainNames;
        builder.forwardScheme = forwardScheme;
        builder.forwardHttpCode = forwardHttpCode;
        builder.forwardDomainName = forwardDomainName;
        return builder;
    }

    public static final class Builder extends RedirectionSettingsBuilder<Builder> {
        private List<String> domainNames;
        private String forwardScheme;
        private int forwardHttpCode;
        private String forwardDomainName;

        private Builder() {}

        public RedirectionHostCreate build() {
            return new RedirectionHostCreate(domainNames, forwardScheme, forwardHttpCode, forwardDomainName,
                    preservePath(), blockExploits(), settings());
        }
    }
}
