package dev.npmmcp.user;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;

/**
 * A user's permissions ({@code PUT /users/{id}/permissions}): visibility all|user, the others hidden|view|manage.
 */
public record PermissionsUpdate(
        Optional<String> visibility,
        Optional<String> proxyHosts,
        Optional<String> redirectionHosts,
        Optional<String> deadHosts,
        Optional<String> streams,
        Optional<String> accessLists,
        Optional<String> certificates) {

    /** True when nothing is set: NPM refuses such a PUT, so the API class refuses it first. */
    @JsonIgnore
    public boolean isEmpty() {
        return visibility.isEmpty()
                && proxyHosts.isEmpty()
                && redirectionHosts.isEmpty()
                && deadHosts.isEmpty()
                && streams.isEmpty()
                && accessLists.isEmpty()
                && certificates.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Optional<String> visibility = Optional.empty();
        private Optional<String> proxyHosts = Optional.empty();
        private Optional<String> redirectionHosts = Optional.empty();
        private Optional<String> deadHosts = Optional.empty();
        private Optional<String> streams = Optional.empty();
        private Optional<String> accessLists = Optional.empty();
        private Optional<String> certificates = Optional.empty();

        private Builder() {}

        public Builder visibility(String value) {
            this.visibility = Optional.of(value);
            return this;
        }

        public Builder proxyHosts(String value) {
            this.proxyHosts = Optional.of(value);
            return this;
        }

        public Builder redirectionHosts(String value) {
            this.redirectionHosts = Optional.of(value);
            return this;
        }

        public Builder deadHosts(String value) {
            this.deadHosts = Optional.of(value);
            return this;
        }

        public Builder streams(String value) {
            this.streams = Optional.of(value);
            return this;
        }

        public Builder accessLists(String value) {
            this.accessLists = Optional.of(value);
            return this;
        }

        public Builder certificates(String value) {
            this.certificates = Optional.of(value);
            return this;
        }

        public PermissionsUpdate build() {
            return new PermissionsUpdate(visibility, proxyHosts, redirectionHosts, deadHosts, streams, accessLists, certificates);
        }
    }
}
