package dev.npmmcp.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** An NPM setting (today only {@code default-site}); {@code value} may be any JSON. */
public record Setting(String id, String name, String description, JsonNode value, Map<String, Object> meta) {

    public Setting {
        id = Objects.requireNonNullElse(id, "");
        name = Objects.requireNonNullElse(name, "");
        description = Objects.requireNonNullElse(description, "");
        value = Objects.requireNonNullElse(value, NullNode.getInstance());
        meta = meta == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(meta));
    }
}
