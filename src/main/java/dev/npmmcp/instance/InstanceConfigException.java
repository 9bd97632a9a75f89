package dev.npmmcp.instance;

import java.util.List;

/**
 * The instance configuration cannot be used as it is. The message names the file (or environment variable), the
 * instance and the field, and says what to change; it never contains a secret's value.
 */
public final class InstanceConfigException extends RuntimeException {

    private final List<String> problems;

    public InstanceConfigException(String problem) {
        this(List.of(problem));
    }

    public InstanceConfigException(List<String> problems) {
        super(problems.size() == 1
                ? problems.getFirst()
                : problems.size() + " problems in the instance configuration:\n- " + String.join("\n- ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem on its own, for tools that list them. */
    public List<String> problems() {
        return problems;
    }
}
