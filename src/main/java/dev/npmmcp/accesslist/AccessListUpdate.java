package dev.npmmcp.accesslist;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.npmmcp.npm.PartialUpdate;
import java.util.List;
import java.util.Optional;

/**
 * A partial update ({@code PUT /nginx/access-lists/{id}}). NPM replaces the lists that are sent: an item left out is
 * deleted, an item with a blank password keeps its stored password.
 */
public record AccessListUpdate(
        Optional<String> name,
        Optional<Boolean> satisfyAny,
        Optional<Boolean> passAuth,
        Optional<List<AccessListUser>> items,
        Optional<List<AccessListRule>> clients) implements PartialUpdate {

    public AccessListUpdate {
        items = items.map(List::copyOf);
        clients = clients.map(List::copyOf);
    }

    @Override
    @JsonIgnore
    public boolean isEmpty() {
        return name.isEmpty()
                && satisfyAny.isEmpty()
                && passAuth.isEmpty()
                && items.isEmpty()
                && clients.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Optional<String> name = Optional.empty();
        private Optional<Boolean> satisfyAny = Optional.empty();
        private Optional<Boolean> passAuth = Optional.empty();
        private Optional<List<AccessListUser>> items = Optional.empty();
        private Optional<List<AccessListRule>> clients = Optional.empty();

        private Builder() {}

        public Builder name(String value) {
            this.name = Optional.of(value);
            return this;
        }

        public Builder satisfyAny(Boolean value) {
            this.satisfyAny = Optional.of(value);
            return this;
        }

        public Builder passAuth(Boolean value) {
            this.passAuth = Optional.of(value);
            return this;
        }

        public Builder items(List<AccessListUser> value) {
            this.items = Optional.of(value);
            return this;
        }

        public Builder clients(List<AccessListRule> value) {
            this.clients = Optional.of(value);
            return this;
        }

        public AccessListUpdate build() {
            return new AccessListUpdate(name, satisfyAny, passAuth, items, clients);
        }
    }
}
