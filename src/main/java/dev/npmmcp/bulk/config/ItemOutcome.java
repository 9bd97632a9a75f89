package dev.npmmcp.bulk.config;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Optional;

/** What happened, or would happen, to one object of a bulk operation. */
public record ItemOutcome(
        @JsonPropertyDescription("The kind of object") ResourceType resourceType,
        @JsonPropertyDescription("The object by its natural name: domains, list name, port/protocol, setting id")
                String name,
        @JsonPropertyDescription("Its id on the instance, when it has one there") Optional<Integer> id,
        @JsonPropertyDescription("What is done to it: create, update, delete, renew, enable, disable, none")
                Action action,
        @JsonPropertyDescription("planned (dry run), done, unchanged, skipped, conflict, unresolved, failed,"
                        + " not_attempted")
                Status status,
        @JsonPropertyDescription("For an update: the fields that change, before and after") List<FieldDiff> changes,
        @JsonPropertyDescription("Why it is skipped, in conflict or unresolved, and what to do; or a side effect")
                Optional<String> reason,
        @JsonPropertyDescription("NPM's error when it failed") Optional<String> error) {

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
