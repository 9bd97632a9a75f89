package dev.npmmcp.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A schema inside NPM's OpenAPI document, with its {@code $ref}s followed. It keeps the JSON pointer of its node so
 * the validator can resolve the references inside it against the same document.
 */
public final class DocumentSchema {

    private final JsonNode root;
    private final String pointer;
    private final JsonNode node;

    private DocumentSchema(JsonNode root, String pointer, JsonNode node) {
        this.root = root;
        this.pointer = pointer;
        this.node = node;
    }

    /** The schema at {@code pointer}, following {@code $ref} chains to the schema they name. */
    static DocumentSchema at(JsonNode root, String pointer) {
        String current = pointer;
        JsonNode node = root.at(current);
        Set<String> seen = new TreeSet<>();
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/") || !seen.add(ref)) {
                throw new IllegalStateException("cannot follow $ref " + ref + " at " + current);
            }
            current = ref.substring(1);
            node = root.at(current);
        }
        if (node.isMissingNode()) {
            throw new IllegalArgumentException("no schema at " + pointer);
        }
        return new DocumentSchema(root, current, node);
    }

    /** JSON pointer into the document, e.g. {@code /components/schemas/proxy-host-object}. */
    public String pointer() {
        return pointer;
    }

    /** The schema's own node (references at its top already followed; nested ones are left as written). */
    public JsonNode node() {
        return node;
    }

    /** The JSON types the schema names ({@code type} as a string or a list); empty when it names none. */
    public List<String> types() {
        JsonNode type = node.get("type");
        List<String> types = new ArrayList<>();
        if (type != null && type.isTextual()) {
            types.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        return types;
    }

    public boolean hasType(String type) {
        return types().contains(type);
    }

    /** The declared properties, in document order. */
    public Map<String, DocumentSchema> properties() {
        Map<String, DocumentSchema> properties = new LinkedHashMap<>();
        JsonNode declared = node.get("properties");
        if (declared != null) {
            declared.fieldNames().forEachRemaining(name -> properties.put(name, child("properties", name)));
        }
        return properties;
    }

    public List<String> required() {
        List<String> required = new ArrayList<>();
        JsonNode declared = node.get("required");
        if (declared != null) {
            declared.forEach(name -> required.add(name.asText()));
        }
        return required;
    }

    /** Whether properties not declared are refused ({@code additionalProperties: false}). */
    public boolean closed() {
        JsonNode additional = node.get("additionalProperties");
        return additional != null && additional.isBoolean() && !additional.asBoolean();
    }

    public Optional<DocumentSchema> items() {
        JsonNode items = node.get("items");
        return items != null && items.isObject() ? Optional.of(child("items")) : Optional.empty();
    }

    /** The branches of {@code anyOf} or {@code oneOf}; empty when the schema has neither. */
    public List<DocumentSchema> alternatives() {
        List<DocumentSchema> branches = new ArrayList<>();
        for (String keyword : List.of("anyOf", "oneOf")) {
            JsonNode declared = node.get(keyword);
            if (declared != null) {
                for (int i = 0; i < declared.size(); i++) {
                    branches.add(child(keyword, Integer.toString(i)));
                }
            }
        }
        return branches;
    }

    public Optional<Long> integerKeyword(String keyword) {
        JsonNode value = node.get(keyword);
        return value != null && value.isNumber() ? Optional.of(value.asLong()) : Optional.empty();
    }

    public Optional<String> textKeyword(String keyword) {
        JsonNode value = node.get(keyword);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    public List<String> enumValues() {
        List<String> values = new ArrayList<>();
        JsonNode declared = node.get("enum");
        if (declared != null) {
            declared.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    private DocumentSchema child(String... path) {
        StringBuilder childPointer = new StringBuilder(pointer);
        for (String segment : path) {
            childPointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return at(root, childPointer.toString());
    }

    @Override
    public String toString() {
        return "#" + pointer;
    }
}
