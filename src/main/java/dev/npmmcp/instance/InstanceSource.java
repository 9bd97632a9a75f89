package dev.npmmcp.instance;

import java.nio.file.Path;

/** Where an instance was defined, which decides whether and where a change to it can be saved. */
public sealed interface InstanceSource {

    /** From an instances file; changes are saved back to it. */
    record File(Path path) implements InstanceSource {}

    /** From {@code NPM_INSTANCES} or {@code NPM_URL}: only the environment can change it for the next start. */
    record Environment(String variable) implements InstanceSource {}

    /** Created by a tool call and not saved: gone when the server stops. */
    record Session() implements InstanceSource {}

    default String describe() {
        return switch (this) {
            case File(Path path) -> "file " + path;
            case Environment(String variable) -> "environment variable " + variable;
            case Session() -> "this session only (not saved)";
        };
    }
}
