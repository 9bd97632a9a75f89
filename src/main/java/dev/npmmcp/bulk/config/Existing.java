package dev.npmmcp.bulk.config;

/** An object as an instance holds it: its id there and its portable form. */
public record Existing<E extends ConfigEntry>(int id, E entry) {}
