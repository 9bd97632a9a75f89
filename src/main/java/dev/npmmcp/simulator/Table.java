package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One of NPM's tables: rows by id, ids never reused (sqlite AUTOINCREMENT). Guarded by the state lock. */
final class Table {

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
