package dev.npmmcp.bulk.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of NPM object bulk operations and configuration documents deal with, in dependency order. */
public enum ResourceType {
    @JsonProperty("certificate")
    CERTIFICATE("certificates", "certificate"),
    @JsonProperty("access_list")
    ACCESS_LIST("access_lists", "access list"),
    @JsonProperty("proxy_host")
    PROXY_HOST("proxy_hosts", "proxy host"),
    @JsonProperty("redirection_host")
    REDIRECTION_HOST("redirection_hosts", "redirection host"),
    @JsonProperty("dead_host")
    DEAD_HOST("dead_hosts", "404 host"),
    @JsonProperty("stream")
    STREAM("streams", "stream"),
    @JsonProperty("setting")
    SETTING("settings", "setting");

    private final String section;
    private final String label;

    ResourceType(String section, String label) {
        this.section = section;
        this.label = label;
    }

    /** The document section that holds this kind, e.g. {@code proxy_hosts}. */
    public String section() {
        return section;
    }

    /** How a person calls one of them, e.g. {@code 404 host}. */
    public String label() {
        return label;
    }

    /** True for the kinds whose objects carry domain names NPM keeps unique across all three. */
    public boolean isHost() {
        return this == PROXY_HOST || this == REDIRECTION_HOST || this == DEAD_HOST;
    }
}
