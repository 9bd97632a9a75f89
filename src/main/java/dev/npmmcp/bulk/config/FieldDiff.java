package dev.npmmcp.bulk.config;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One field an update changes. Passwords never appear: access-list users are shown by username. */
public record FieldDiff(
        @JsonPropertyDescription("The field, by NPM's name, e.g. forward_port") String field,
        @JsonPropertyDescription("Its value on the target now (\"(none)\" when unset)") String from,
        @JsonPropertyDescription("Its value after the change") String to) {}
