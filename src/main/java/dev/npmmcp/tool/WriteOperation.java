package dev.npmmcp.tool;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** The operations of the manage tools for NPM's hosts and streams, named as their {@code operation} argument is. */
public enum WriteOperation {
    @JsonProperty("create")
    CREATE,
    @JsonProperty("update")
    UPDATE,
    @JsonProperty("delete")
    DELETE,
    @JsonProperty("enable")
    ENABLE,
    @JsonProperty("disable")
    DISABLE;

    /** The name in arguments, results and messages. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
