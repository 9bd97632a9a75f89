package dev.npmmcp.system;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.npmmcp.npm.PartialUpdate;
import java.util.Map;
import java.util.Optional;

/**
 * A change to a setting ({@code PUT /settings/{id}}); for default-site: value congratulations|404|444|redirect|html,
 * meta {redirect, html}.
 */
public record SettingUpdate(
        Optional<String> value,
        Optional<Map<String, String>> meta) implements PartialUpdate {

    public SettingUpdate {
        meta = meta.map(Map::copyOf);
    }

    @Override
    @JsonIgnore
    public boolean isEmpty() {
        return value.isEmpty()
                && meta.isEmpty();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Optional<String> value = Optional.empty();
        private Optional<Map<String, String>> meta = Optional.empty();

        private Builder() {}

        public Builder value(String value) {
            this.value = Optional.of(value);
            return this;
        }

        public Builder meta(Map<String, String> value) {
            this.meta = Optional.of(value);
            return this;
        }

        public SettingUpdate build() {
            return new SettingUpdate(value, meta);
        }
    }
}
