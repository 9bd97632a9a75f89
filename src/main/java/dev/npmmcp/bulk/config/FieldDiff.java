package dev.npmmcp.bulk.config;


/** One field an update changes. Passwords never appear: access-list users are shown by username. */
public record FieldDiff(
        String field,
        String from,
        String to) {}
