package dev.npmmcp.bulk.config;

import java.util.List;

/**
 * An access list, named by its name. {@code passwords_exported} is false on every export (NPM does not return
 * passwords): users that must be created on the target need a {@code password} filled in; users the target already
 * has keep their stored password.
 */
public record AccessListEntry(
        String name,
        boolean satisfyAny,
        boolean passAuth,
        boolean passwordsExported,
        List<AccessListItemEntry> items,
        List<AccessListClientEntry> clients) implements ConfigEntry {

    public AccessListEntry {
        name = Entries.require(name, "name", "access list");
        items = items == null ? List.of() : List.copyOf(items);
        clients = clients == null ? List.of() : List.copyOf(clients);
    }

    @Override
    public ResourceType type() {
        return ResourceType.ACCESS_LIST;
    }

    @Override
    public String key() {
        return name;
    }

    List<String> usernames() {
        return items.stream().map(AccessListItemEntry::username).toList();
    }

    AccessListEntry withItems(List<AccessListItemEntry> kept) {
        return new AccessListEntry(name, satisfyAny, passAuth, passwordsExported, kept, clients);
    }
}
