package dev.npmmcp.user;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.npmmcp.npm.PartialUpdate;
import java.util.List;
import java.util.Optional;

/**
 * A partial update of a user ({@code PUT /users/{id}}); password and permissions have their own routes.
 */
public record UserUpdate(
        Optional<String> name,
        Optional<String> nickname,
        Optional<String> email,
        Optional<List<String>> roles,
        Optional<Boolean> isDisabled) implements PartialUpdate {

    public UserUpdate {
        roles = roles.map(List::copyOf);
    }

    @Override
    @JsonIgnore
    public boolean isEmpty() {
        return name.isEmpty()
                && nickname.isEmpty()
                && email.isEmpty()
                && roles.isEmpty()
                && isDisabled.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Optional<String> name = Optional.empty();
        private Optional<String> nickname = Optional.empty();
        private Optional<String> email = Optional.empty();
        private Optional<List<String>> roles = Optional.empty();
        private Optional<Boolean> isDisabled = Optional.empty();

        private Builder() {}

        public Builder name(String value) {
            this.name = Optional.of(value);
            return this;
        }

        public Builder nickname(String value) {
            this.nickname = Optional.of(value);
            return this;
        }

        public Builder email(String value) {
            this.email = Optional.of(value);
            return this;
        }

        public Builder roles(List<String> value) {
            this.roles = Optional.of(value);
            return this;
        }

        public Builder isDisabled(Boolean value) {
            this.isDisabled = Optional.of(value);
            return this;
        }

        public UserUpdate build() {
            return new UserUpdate(name, nickname, email, roles, isDisabled);
        }
    }
}
