package dev.npmmcp.bulk.config;

import java.util.List;
import java.util.Optional;

/** What happened, or would happen, to one object of a bulk operation. */
public record ItemOutcome(
        ResourceType resourceType,
        String name,
        Optional<Integer> id,
        Action action,
        Status status,
        List<FieldDiff> changes,
        Optional<String> reason,
        Optional<String> error) {

    public ItemOutcome {
        changes = List.copyOf(changes);
    }

    public static ItemOutcome of(ResourceType type, String name, Optional<Integer> id, Action action, Status status) {
        return new ItemOutcome(type, name, id, action, status, List.of(), Optional.empty(), Optional.empty());
    }

    public ItemOutcome withStatus(Status newStatus) {
        return new ItemOutcome(resourceType, name, id, action, newStatus, changes, reason, error);
    }

    public ItemOutcome withId(int newId) {
        return new ItemOutcome(resourceType, name, Optional.of(newId), action, status, changes, reason, error);
    }

    public ItemOutcome withChanges(List<FieldDiff> newChanges) {
        return new ItemOutcome(resourceType, name, id, action, status, newChanges, reason, error);
    }

    /** Sets the reason, or appends to the one there is. */
    public ItemOutcome withReason(String text) {
        return new ItemOutcome(resourceType, name, id, action, status, changes,
                Optional.of(reason.map(r -> r + " " + text).orElse(text)), error);
    }

    public ItemOutcome failed(String npmError) {
        return new ItemOutcome(resourceType, name, id, action, Status.FAILED, changes, reason, Optional.of(npmError));
    }
}
