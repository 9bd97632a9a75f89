package dev.npmmcp.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** An NPM setting as the tools show it. */
public record SettingView(
        String id,
        String name,
        String description,
        JsonNode value,
        Map<String, Object> meta) {

    public SettingView {
        meta = Map.copyOf(meta);
    }

    static SettingView of(Setting setting) {
        return new SettingView(setting.id(), setting.name(), setting.description(), setting.value(), setting.meta());
    }

    String summary() {
        return id + " = " + (value.isTextual() ? value.asText() : value.toString())
                + (meta.isEmpty() ? "" : " " + meta);
    }
}
