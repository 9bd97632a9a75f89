package dev.npmmcp.bulk.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An NPM setting (today only {@code default-site}) with its value and meta. */
public record SettingEntry(String id, JsonNode value, Map<String, Object> meta) implements ConfigEntry {

    public SettingEntry {
        id = Entries.require(id, "id", "setting");
        value = Objects.requireNonNullElse(value, NullNode.getInstance());
        meta = meta == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }

    @Override
    public ResourceType type() {
        return ResourceType.SETTING;
    }

    @Override
    public String key() {
        return id;
    }
}
