package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns stored rows into what each NPM version sends: booleans, owner objects, permission rows. */
final class Render {

    private Render() {}

    /** 2.10 sends sqlite's 0/1 for boolean columns, including those of embedded rows. */
    static ObjectNode booleans(ObjectNode row, NpmProfile profile) {
        if (!profile.numericBooleans()) {
            return row;
        }
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode value = row.get(name);
            if (value.isBoolean()) {
                row.set(name, IntNode.valueOf(value.asBoolean() ? 1 : 0));
            } else if (value.isObject() && !name.equals("meta")) {
                booleans((ObjectNode) value, profile);
            }
        }
        return row;
    }

    /**
     * The owner object NPM embeds. Access lists and redirection/404 hosts load it with {@code is_deleted} (all types
     * on 2.10); proxy hosts, streams and certificates leave it out.
     */
    static JsonNode owner(SimState state, int userId, boolean withDeleted) {
        return state.users.find(userId).<JsonNode>map(user -> {
            ObjectNode owner = Json.object();
            owner.set("id", user.get("id"));
            owner.set("created_on", user.get("created_on"));
            owner.set("modified_on", user.get("modified_on"));
            if (withDeleted || state.profile.numericBooleans()) {
                owner.put("is_deleted", state.deletedUsers.contains(userId));
            }
            Users.publicFields(user).fields().forEachRemaining(e -> {
                if (!owner.has(e.getKey())) {
                    owner.set(e.getKey(), e.getValue());
                }
            });
            return owner;
        }).orElse(NullNode.getInstance());
    }

    /** A row followed by the expansions, in the order asked. */
    static ObjectNode expanded(ObjectNode row, List<String> order, Map<String, JsonNode> values) {
        ObjectNode result = row.deepCopy();
        for (String name : order) {
            if (values.containsKey(name)) {
                result.set(name, values.get(name));
            }
        }
        return result;
    }
}
