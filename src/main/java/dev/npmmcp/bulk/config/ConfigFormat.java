package dev.npmmcp.bulk.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a configuration document is written. Reading accepts either. */
public enum ConfigFormat {
    @JsonProperty("json")
    JSON,
    @JsonProperty("yaml")
    YAML
}
