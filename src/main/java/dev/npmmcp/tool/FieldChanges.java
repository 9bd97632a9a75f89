package dev.npmmcp.tool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The fields an update really changes: a manage tool sends NPM only the values that differ from what it holds, and
 * says which ones, so an update that changes nothing sends nothing.
 */
public final class FieldChanges {

    private final List<String> names = new ArrayList<>();

    /** Sets the wanted value, when given and different from the current one, and notes the field's name. */
    public <T> void compare(Optional<T> wanted, T current, String name, Consumer<T> set) {
        wanted.filter(value -> !value.equals(current)).ifPresent(value -> {
            set.accept(value);
            names.add(name);
        });
    }

    /** Notes a field the tool compared itself. */
    public void add(String name) {
        names.add(name);
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** The changed fields' names, in the order they were compared. */
    public List<String> names() {
        return List.copyOf(names);
    }
}
