package dev.npmmcp.system;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.NpmOwner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One audit event as the tool shows it; its meta (secrets already removed) only on request. */
public record AuditEventView(
        @JsonPropertyDescription("The event id") int id,
        @JsonPropertyDescription("When it happened, as NPM reports it (UTC)") String createdOn,
        @JsonPropertyDescription("The user who did it") int userId,
        @JsonPropertyDescription("That user's name, or email") Optional<String> user,
        @JsonPropertyDescription("What kind of object: proxy-host, redirection-host, dead-host, stream,"
                        + " certificate, access-list, user, setting")
                String objectType,
        @JsonPropertyDescription("The object's id") int objectId,
        @JsonPropertyDescription("What was done: created, updated, deleted, enabled, disabled, renewed, ...")
                String action,
        @JsonPropertyDescription("The object's name or domains, from the logged object") String summary,
        @JsonPropertyDescription("The object as NPM logged it (include_meta=true), without keys, passwords or"
                        + " credentials")
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
