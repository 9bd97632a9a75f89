package dev.npmmcp.system;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.NpmOwner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One audit event as the tool shows it; its meta (secrets already removed) only on request. */
public record AuditEventView(
        int id,
        String createdOn,
        int userId,
        Optional<String> user,
        String objectType,
        int objectId,
        String action,
        String summary,
        Optional<JsonNode> meta) {

    static AuditEventView of(AuditLogEvent event, boolean includeMeta) {
        return new AuditEventView(event.id(), event.createdOn(), event.userId(),
                event.user().map(AuditEventView::name), event.objectType(), event.objectId(), event.action(),
                summary(event.meta()), includeMeta ? Optional.of(event.meta()) : Optional.empty());
    }

    private static String name(NpmOwner owner) {
        return owner.name().isBlank() ? owner.email() : owner.name();
    }

    private static String summary(JsonNode meta) {
        List<String> parts = new ArrayList<>();
        meta.path("domain_names").forEach(d -> parts.add(d.asText()));
        if (parts.isEmpty()) {
            for (String field : List.of("nice_name", "name", "email", "incoming_port")) {
                if (meta.path(field).isValueNode() && !meta.path(field).asText().isBlank()) {
                    parts.add(meta.path(field).asText());
                    break;
                }
            }
        }
        return String.join(", ", parts);
    }

    String line() {
        return createdOn + " " + user.orElse("user " + userId) + " " + action + " " + objectType + " " + objectId
                + (summary.isEmpty() ? "" : " (" + summary + ")");
    }
}
