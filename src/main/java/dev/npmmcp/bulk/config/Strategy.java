package dev.npmmcp.bulk.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an import treats what the target has and the document does not. */
public enum Strategy {
    /** Create and update; leave everything else alone. */
    @JsonProperty("merge")
    MERGE,
    /**
     * Also delete, within the kinds the document carries, what it does not have (never certificates or settings: a
     * document cannot recreate them).
     */
    @JsonProperty("replace")
    REPLACE
}
