package dev.npmmcp.accesslist;

import dev.npmmcp.npm.NpmOwner;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An access list as NPM answers it; {@code items}, {@code clients} and {@code owner} only when expanded. */
public record AccessList(
        int id,
        String createdOn,
        String modifiedOn,
        int ownerUserId,
        String name,
        boolean satisfyAny,
        boolean passAuth,
        int proxyHostCount,
        List<AccessListItem> items,
        List<AccessListRule> clients,
        Optional<NpmOwner> owner) {

    public AccessList {
        createdOn = Objects.requireNonNullElse(createdOn, "");
        modifiedOn = Objects.requireNonNullElse(modifiedOn, "");
        name = Objects.requireNonNullElse(name, "");
        items = items == null ? List.of() : List.copyOf(items);
        clients = clients == null ? List.of() : List.copyOf(clients);
        owner = Objects.requireNonNullElse(owner, Optional.empty());
    }
}
