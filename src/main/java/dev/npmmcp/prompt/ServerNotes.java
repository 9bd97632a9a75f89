package dev.npmmcp.prompt;

import dev.npmmcp.tool.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What every prompt says about the server it runs on: the instance the calls go to, categories to enable in lazy
 * mode, read-only mode, and the tools the text mentions that this server will not run.
 */
final class ServerNotes {

    private ServerNotes() {}

    /** The ground rules of a task on one instance. */
    static List<String> groundRules(Optional<String> instanceName) {
        return groundRules(instanceName
                .map(name -> "Work on the NPM instance " + ToolCalls.json(name) + ": every call below passes"
                        + " instance_name " + ToolCalls.json(name) + ". If no such instance exists, stop and tell"
                        + " the user.")
                .orElse("No instance was named, so calls go to this server's selected instance, else its default,"
                        + " else the first configured one. Say which instance that is before you change anything."));
    }

    /** The ground rules: which instance (as {@code instanceRule} says), read before write, errors, no secrets. */
    static List<String> groundRules(String instanceRule) {
        List<String> rules = new ArrayList<>();
        rules.add(instanceRule);
        rules.add("Read before you write, and change nothing until the user has agreed to the plan.");
        rules.add("When a tool answers with an error, read its next step and follow it; do not retry the same call"
                + " unchanged.");
        rules.add("Never repeat a password, token, private key or DNS credential back into the conversation.");
        return rules;
    }

    /**
     * Notes on this server's modes and missing tools, as bullets.
     *
     * @param readOnlyEffect what read-only mode means for this task; empty when the task only reads
     */
    static List<String> about(PromptTools tools, ToolAvailability availability, Optional<String> readOnlyEffect) {
        List<String> notes = new ArrayList<>();
        if (availability.lazy()) {
            List<Category> categories = availability.categoriesOf(tools.all());
            if (!categories.isEmpty()) {
                notes.add("This server starts with its tool categories disabled: first call npm_enable_category for "
                        + categories.stream().map(c -> "\"" + c.id() + "\"").collect(Collectors.joining(", "))
                        + " (npm_list_categories shows what is enabled).");
            }
        }
        if (availability.readOnly()) {
            readOnlyEffect.ifPresent(effect -> notes.add("This server runs read-only (--read-only) and refuses every"
                    + " change. " + effect));
        }
        List<String> missing = tools.all().stream()
                .filter(tool -> !availability.ready(tool))
                .map(tool -> tool + " (" + reason(availability.status(tool)) + ")")
                .toList();
        if (!missing.isEmpty()) {
            notes.add("Not available on this server: " + String.join("; ", missing) + ". Where a step below needs"
                    + " one of them, tell the user what is missing and carry on without it; do not make another"
                    + " tool do its job.");
        }
        return notes;
    }

    private static String reason(ToolStatus status) {
        return switch (status) {
            case ToolStatus.Ready ready -> throw new IllegalArgumentException("a ready tool is not missing");
            case ToolStatus.RefusedReadOnly refused -> "refused: the server is read-only";
            case ToolStatus.OutsideToolsets(Category category) ->
                "its category \"" + category.id() + "\" is not in the server's --toolsets";
            case ToolStatus.Absent absent -> "not part of this server";
        };
    }
}
