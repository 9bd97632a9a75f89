package dev.npmmcp.instance;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of a change to the registry.
 *
 * @param instance the instance as it is now (after a delete: as it was)
 * @param savedTo the file the change was written to, empty when it lives in this session only
 * @param notes what the user should know (e.g. a {@code ${VAR}} reference replaced by a value)
 */
public record InstanceChange(ConfiguredInstance instance, Optional<Path> savedTo, List<String> notes) {

    public InstanceChange {
        notes = List.copyOf(notes);
    }
}
