package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The user behind a request's token, with the permission row NPM loaded for it (absent when NPM never wrote one). */
record Session(int userId, boolean admin, Optional<ObjectNode> permissions) {

    private static int rank(String level) {
        return switch (level) {
            case "manage" -> 2;
            case "view" -> 1;
            default -> 0;
        };
    }

    boolean may(String area, String level) {
        if (admin) {
            return true;
        }
        return permissions.map(p -> rank(p.path(area).asText("hidden")) >= rank(level)).orElse(false);
    }

    /** Whether this user sees all rows of a permitted area or only the rows it owns. */
    boolean seesAll() {
        return admin || permissions.map(p -> p.path("visibility").asText().equals("all")).orElse(false);
    }

    boolean sees(ObjectNode row) {
        return seesAll() || row.path("owner_user_id").asInt() == userId;
    }
}
