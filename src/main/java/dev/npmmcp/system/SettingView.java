package dev.npmmcp.system;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** An NPM setting as the tools show it. */
public record SettingView(
        @JsonPropertyDescription("The setting id, e.g. default-site") String id,
        @JsonPropertyDescription("Its name") String name,
        @JsonPropertyDescription("What it controls") String description,
        @JsonPropertyDescription("Its value; for default-site: congratulations, 404, 444, redirect or html")
                JsonNode value,
        @JsonPropertyDescription("Extra values; for default-site: redirect (the URL) and html (the page)")
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
