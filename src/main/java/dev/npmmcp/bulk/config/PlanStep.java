package dev.npmmcp.bulk.config;

import java.util.List;
import java.util.Optional;

/** One object of an import plan: what the target will get, or why it will not. */
public sealed interface PlanStep {

    /** The object as the document wants it (as the target has it, for a delete). */
    ConfigEntry entry();

    /** Side effects and caveats to tell the user. */
    List<String> notes();

    /** The outcome this step stands for before it runs (a dry run's answer). */
    ItemOutcome planned();

    record Create(ConfigEntry entry, List<String> notes) implements PlanStep {
        public Create {
            notes = List.copyOf(notes);
        }

        @Override
        public ItemOutcome planned() {
            return withNotes(ItemOutcome.of(entry.type(), Labels.of(entry), Optional.empty(), Action.CREATE,
                    Status.PLANNED), notes);
        }
    }

    record Update(int targetId, ConfigEntry current, ConfigEntry entry, List<FieldDiff> changes, List<String> notes)
            implements PlanStep {
        public Update {
            changes = List.copyOf(changes);
            notes = List.copyOf(notes);
        }

        @Override
        public ItemOutcome planned() {
            return withNotes(ItemOutcome.of(entry.type(), Labels.of(entry), id(targetId), Action.UPDATE,
                    Status.PLANNED).withChanges(changes), notes);
        }
    }

    record Keep(int targetId, ConfigEntry entry, List<String> notes) implements PlanStep {
        public Keep {
            notes = List.copyOf(notes);
        }

        @Override
        public ItemOutcome planned() {
            return withNotes(ItemOutcome.of(entry.type(), Labels.of(entry), id(targetId), Action.NONE,
                    Status.UNCHANGED), notes);
        }
    }

    record Delete(int targetId, ConfigEntry entry, List<String> notes) implements PlanStep {
        public Delete {
            notes = List.copyOf(notes);
        }

        @Override
        public ItemOutcome planned() {
            return withNotes(ItemOutcome.of(entry.type(), Labels.of(entry), id(targetId), Action.DELETE,
                    Status.PLANNED), notes);
        }
    }

    /** Will not be imported: {@code status} is conflict, unresolved or skipped, {@code reason} says why. */
    record Blocked(ConfigEntry entry, Optional<Integer> targetId, Status status, String reason) implements PlanStep {
        @Override
        public List<String> notes() {
            return List.of();
        }

        @Override
        public ItemOutcome planned() {
            return ItemOutcome.of(entry.type(), Labels.of(entry), targetId, Action.NONE, status).withReason(reason);
        }
    }

    private static Optional<Integer> id(int targetId) {
        return targetId > 0 ? Optional.of(targetId) : Optional.empty();
    }

    private static ItemOutcome withNotes(ItemOutcome outcome, List<String> notes) {
        return notes.isEmpty() ? outcome : outcome.withReason(String.join(" ", notes));
    }
}
