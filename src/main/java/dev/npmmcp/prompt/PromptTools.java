package dev.npmmcp.prompt;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tools a prompt's text refers to.
 *
 * @param core the tools the task is about: a prompt none of whose core tools this server offers is not listed
 * @param supporting tools that help (checks, look-ups, dependencies); when missing, the text says so and goes on
 */
public record PromptTools(List<String> core, List<String> supporting) {

    public PromptTools {
        core = List.copyOf(core);
        supporting = List.copyOf(supporting);
        if (core.isEmpty()) {
            throw new IllegalArgumentException("a prompt needs at least one core tool");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String name : all(core, supporting)) {
            if (!seen.add(name)) {
                throw new IllegalArgumentException(name + " is listed twice");
            }
        }
    }

    public List<String> all() {
        return all(core, supporting);
    }

    private static List<String> all(List<String> core, List<String> supporting) {
        List<String> all = new ArrayList<>(core);
        all.addAll(supporting);
        return List.copyOf(all);
    }
}
