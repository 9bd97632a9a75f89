package dev.npmmcp.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.npmmcp.npm.NpmOwner;
import java.util.Objects;
import java.util.Optional;

/**
 * One audit log event: who ({@code user_id}, {@code user} when expanded) did {@code action} to which object.
 * {@code meta} is the object as NPM logged it, with any private key or DNS credentials removed.
 */
public record AuditLogEvent(
        int id,
        String createdOn,
        String modifiedOn,
        int userId,
        String objectType,
        int objectId,
        String action,
        JsonNode meta,
        Optional<NpmOwner> user) {

    public AuditLogEvent {
        createdOn = Objects.requireNonNullElse(createdOn, "");
        modifiedOn = Objects.requireNonNullElse(modifiedOn, "");
        objectType = Objects.requireNonNullElse(objectType, "");
        action = Objects.requireNonNullElse(action, "");
        meta = AuditMeta.withoutSecrets(Objects.requireNonNullElse(meta, NullNode.getInstance()));
        user = Objects.requireNonNullElse(user, Optional.empty());
    }
}
