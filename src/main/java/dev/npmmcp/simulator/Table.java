package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One of NPM's tables: rows by id, ids never reused (sqlite AUTOINCREMENT). Guarded by the state lock. */
final class Table {

    /**
     * NPM up to 2.10 writes a body its open schema let through to the row as it came: a field the table lacks is an
     * sqlite error, so a 500.
     */
    static void columnsOnly(JsonNode body, String... columns) {
        List<String> known = List.of(columns);
        body.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw NpmError.internal();
            }
        });
    }

    private final Map<Integer, ObjectNode> rows = new TreeMap<>();
    private int lastId;

    int nextId() {
        return ++lastId;
    }

    void put(ObjectNode row) {
        rows.put(row.get("id").asInt(), row);
    }

    Optional<ObjectNode> find(int id) {
        return Optional.ofNullable(rows.get(id));
    }

    boolean remove(int id) {
        return rows.remove(id) != null;
    }

    List<ObjectNode> all() {
        return new ArrayList<>(rows.values());
    }
}
