package dev.npmmcp.bulk.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fields in which two entries of the same object differ, by NPM's field names. Access-list users are compared
 * and shown by username only: passwords are never known for the target and never shown for the document.
 */
final class EntryDiff {

    private static final int SHOWN = 160;

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();

    List<FieldDiff> between(ConfigEntry current, ConfigEntry wanted) {
        ObjectNode from = comparable(current);
        ObjectNode to = comparable(wanted);
        if (!to.has("trust_forwarded_proto")) {
            // A document from NPM before 2.14 says nothing about it: leave the target's value alone.
            from.remove("trust_forwarded_proto");
        }
        Set<String> fields = new LinkedHashSet<>();
        to.fieldNames().forEachRemaining(fields::add);
        from.fieldNames().forEachRemaining(fields::add);
        List<FieldDiff> diffs = new ArrayList<>();
        for (String field : fields) {
            JsonNode before = from.get(field);
            JsonNode after = to.get(field);
            if (before == null ? after != null : !before.equals(after)) {
                diffs.add(new FieldDiff(field, shown(before), shown(after)));
            }
        }
        return diffs;
    }

    private ObjectNode comparable(ConfigEntry entry) {
        ObjectNode tree = mapper.valueToTree(entry);
        if (entry instanceof AccessListEntry list) {
            tree.remove("passwords_exported");
            ArrayNode users = tree.putArray("items");
            list.usernames().forEach(users::add);
        }
        return tree;
    }

    private static String shown(JsonNode value) {
        if (value == null || value.isNull()) {
            return "(none)";
        }
        String text = value.isTextual() ? value.asText() : value.toString();
        if (text.isEmpty()) {
            return "(empty)";
        }
        return text.length() > SHOWN ? text.substring(0, SHOWN) + "… (" + text.length() + " characters)" : text;
    }
}
