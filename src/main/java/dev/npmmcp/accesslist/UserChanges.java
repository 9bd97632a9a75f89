package dev.npmmcp.accesslist;

import dev.npmmcp.tool.ToolFailure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an update's {@code items} do under NPM's rule: NPM replaces the whole user list, keeps the stored password of
 * a user sent with a blank one, and deletes every user left out.
 *
 * @param send the items to send, exactly as asked; empty when nothing would change (then NPM keeps all users)
 * @param kept users whose stored password stays
 * @param set users added or given a new password
 * @param removed users NPM deletes
 */
record UserChanges(
        Optional<List<AccessListUser>> send, List<String> kept, List<String> set, List<String> removed) {

    static final String TOOL = "npm_manage_access_list";

    /** Items left out of an update: nothing is sent, every user stays as stored. */
    static UserChanges unchanged(List<String> current) {
        return new UserChanges(Optional.empty(), List.copyOf(current), List.of(), List.of());
    }

    static UserChanges of(List<String> current, List<ManageAccessListTool.ItemInput> items) {
        requireUnique(items);
        List<String> kept = new ArrayList<>();
        List<String> set = new ArrayList<>();
        List<String> unknownWithoutPassword = new ArrayList<>();
        List<AccessListUser> send = new ArrayList<>();
        for (ManageAccessListTool.ItemInput item : items) {
            Optional<String> password = item.password().filter(p -> !p.isEmpty());
            if (password.isPresent()) {
                set.add(item.username());
                send.add(new AccessListUser(item.username(), password.get()));
            } else if (current.contains(item.username())) {
                kept.add(item.username());
                send.add(AccessListUser.keepingPassword(item.username()));
            } else {
                unknownWithoutPassword.add(item.username());
            }
        }
        if (!unknownWithoutPassword.isEmpty()) {
            // NPM would read a blank password as "keep" and silently not create these users
            throw new ToolFailure("Invalid arguments for " + TOOL + ": new user(s) "
                    + String.join(", ", unknownWithoutPassword) + " need a password; a blank password only"
                    + " keeps the stored one of an existing user. Nothing was changed.",
                    "Give each new user a password, or leave them out.");
        }
        Set<String> named = new HashSet<>(kept);
        named.addAll(set);
        List<String> removed = current.stream().filter(user -> !named.contains(user)).toList();
        boolean changes = !set.isEmpty() || !removed.isEmpty();
        return new UserChanges(changes ? Optional.of(List.copyOf(send)) : Optional.empty(), List.copyOf(kept),
                List.copyOf(set), removed);
    }

    static void requireUnique(List<ManageAccessListTool.ItemInput> items) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> twice = items.stream().map(ManageAccessListTool.ItemInput::username)
                .filter(name -> !seen.add(name)).distinct().toList();
        if (!twice.isEmpty()) {
            throw new ToolFailure("Invalid arguments for " + TOOL + ": user(s) " + String.join(", ", twice)
                    + " appear more than once in items.", "Name each user once.");
        }
    }
}
