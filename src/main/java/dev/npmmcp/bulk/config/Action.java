package dev.npmmcp.bulk.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a bulk operation does, or would do, to one object. */
public enum Action {
    @JsonProperty("create")
    CREATE,
    @JsonProperty("update")
    UPDATE,
    @JsonProperty("delete")
    DELETE,
    @JsonProperty("renew")
    RENEW,
    @JsonProperty("enable")
    ENABLE,
    @JsonProperty("disable")
    DISABLE,
    /** Nothing to send: already as wanted, or it cannot be done (see the status). */
    @JsonProperty("none")
    NONE
}
