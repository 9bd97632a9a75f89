package dev.npmmcp.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One change to an instances file, applied to the file's raw tree (references unresolved) as it is on disk at the
 * moment of writing. Only the keys whose value really changes are touched: a key whose current text resolves to the
 * wanted value stays as written, so {@code ${VAR}} references, unknown keys and other entries survive.
 */
sealed interface ConfigChange {

    Set<String> SECRET_KEYS = Set.of(InstanceEntry.PASSWORD, InstanceEntry.API_TOKEN, InstanceEntry.TOTP_SECRET);

    /** Adds the instance, or brings its existing entry in line with {@code spec}. */
    record PutInstance(InstanceSpec spec) implements ConfigChange {}

    /**
     * Adds a new instance; fails if the file already has one of that name.
     *
     * @param verbatim keys written exactly as given instead of the spec's literal value, e.g. a password as
     *     {@code ${NPM_HOME_PASSWORD}}: the one way to write a {@code ${VAR}} reference on purpose
     */
    record AddInstance(InstanceSpec spec, Map<String, String> verbatim) implements ConfigChange {
        public AddInstance {
            verbatim = Map.copyOf(verbatim);
        }
    }

    record RemoveInstance(String name) implements ConfigChange {}

    /** Marks one instance {@code default: true} and clears the flag on any other. */
    record SetDefault(String name) implements ConfigChange {}

    /**
     * Applies the change and returns what the user should know about it (e.g. a reference replaced by a value).
     *
     * @return notes; the tree is changed in place
     */
    default List<String> applyTo(ObjectNode root, EnvSubstitution env, String file) {
        ArrayNode instances = instances(root, file);
        return switch (this) {
            case PutInstance(InstanceSpec spec) -> put(instances, spec, env, file);
            case AddInstance(InstanceSpec spec, Map<String, String> verbatim) -> {
                if (indexOf(instances, spec.name(), env) >= 0) {
                    throw new InstanceConfigException(file + " already has an instance named '" + spec.name()
                            + "'; choose another name, or change that one");
                }
                List<String> notes = put(instances, spec, env, file);
                ObjectNode added = (ObjectNode) instances.get(indexOf(instances, spec.name(), env));
                verbatim.forEach(added::put);
                yield notes;
            }
            case RemoveInstance(String name) -> {
                int index = indexOf(instances, name, env);
                if (index < 0) {
                    throw new InstanceConfigException("instance '" + name + "' is not in " + file);
                }
                instances.remove(index);
                yield List.of();
            }
            case SetDefault(String name) -> {
                if (indexOf(instances, name, env) < 0) {
                    throw new InstanceConfigException("instance '" + name + "' is not in " + file + "; save it there"
                            + " first (npm_manage_instance with persist_to_file=true)");
                }
                clearOtherDefaults(instances, name, env);
                ((ObjectNode) instances.get(indexOf(instances, name, env))).put(InstanceEntry.DEFAULT, true);
                yield List.of();
            }
        };
    }

    private static List<String> put(ArrayNode instances, InstanceSpec spec, EnvSubstitution env, String file) {
        if (spec.isDefault()) {
            clearOtherDefaults(instances, spec.name(), env);
        }
        Map<String, Optional<JsonNode>> wanted = fields(spec);
        int index = indexOf(instances, spec.name(), env);
        if (index < 0) {
            ObjectNode entry = instances.addObject();
            Set<String> always = Set.of(InstanceEntry.NAME, InstanceEntry.HOST, InstanceEntry.PORT,
                    InstanceEntry.USE_HTTPS, InstanceEntry.VERIFY_SSL);
            wanted.forEach((key, value) -> value.filter(v -> always.contains(key) || !isImplicit(key, v))
                    .ifPresent(v -> entry.set(key, v)));
            return List.of();
        }
        ObjectNode entry = (ObjectNode) instances.get(index);
        List<String> notes = new ArrayList<>();
        wanted.forEach((key, value) -> {
            JsonNode current = entry.get(key);
            if (value.isEmpty()) {
                entry.remove(key);
            } else if (current == null) {
                if (!isImplicit(key, value.get())) {
                    entry.set(key, value.get());
                }
            } else if (!sameValue(current, value.get(), env)) {
                if (SECRET_KEYS.contains(key) && current.isTextual()) {
                    EnvSubstitution.soleReference(current.textValue()).ifPresent(variable -> notes.add(key + " of '"
                            + spec.name() + "' was the reference ${" + variable + "} in " + file + "; the new value"
                            + " is now written there instead (file mode 0600). To keep secrets out of the file,"
                            + " set " + variable + " to the new value and put the reference back."));
                    if (SecretReferences.isReference(current.textValue())) {
                        notes.add(key + " of '" + spec.name() + "' was the reference " + current.textValue() + " in "
                                + file + "; the new value is now written there instead (file mode 0600). To keep"
                                + " secrets out of the file, store the new value where the reference points and put"
                                + " the reference back.");
                    }
                }
                entry.set(key, value.get());
            }
        });
        return notes;
    }

    /** Only one entry may be the default, or the next start refuses the file. */
    private static void clearOtherDefaults(ArrayNode instances, String name, EnvSubstitution env) {
        for (JsonNode node : instances) {
            if (node instanceof ObjectNode entry
                    && entry.has(InstanceEntry.DEFAULT)
                    && !name.equals(resolvedName(entry, env).orElse(""))) {
                entry.put(InstanceEntry.DEFAULT, false);
            }
        }
    }

    /**
     * A spec holds values, not {@code ${VAR}} references (those were resolved when the file was read): written
     * as is, a value containing {@code ${} would become a reference at the next start, and a tool call could make the
     * server send any environment variable as a password. {@code $${} is the file's escape for a literal {@code ${}.
     */
    private static TextNode literal(String value) {
        return TextNode.valueOf(value.replace("${", "$${"));
    }

    /** The wanted value of every known key; empty means "no such key". */
    private static Map<String, Optional<JsonNode>> fields(InstanceSpec spec) {
        Map<String, Optional<JsonNode>> fields = new LinkedHashMap<>();
        fields.put(InstanceEntry.NAME, Optional.of(literal(spec.name())));
        fields.put(InstanceEntry.HOST, Optional.of(literal(spec.host())));
        fields.put(InstanceEntry.PORT, Optional.of(IntNode.valueOf(spec.port())));
        fields.put(InstanceEntry.USE_HTTPS, Optional.of(BooleanNode.valueOf(spec.useHttps())));
        fields.put(InstanceEntry.VERIFY_SSL, Optional.of(BooleanNode.valueOf(spec.verifySsl())));
        fields.put(InstanceEntry.USERNAME, spec.username().map(ConfigChange::literal));
        fields.put(InstanceEntry.PASSWORD, spec.password().map(ConfigChange::literal));
        fields.put(InstanceEntry.API_TOKEN, spec.apiToken().map(ConfigChange::literal));
        fields.put(InstanceEntry.TOTP_SECRET, spec.totpSecret().map(ConfigChange::literal));
        fields.put(InstanceEntry.CA_CERT, spec.caCert().map(p -> literal(p.toString())));
        fields.put(InstanceEntry.DEFAULT, Optional.of(BooleanNode.valueOf(spec.isDefault())));
        fields.put(InstanceEntry.DESCRIPTION, spec.description().map(ConfigChange::literal));
        ArrayNode tags = JsonNodeFactory.instance.arrayNode();
        spec.tags().forEach(tag -> tags.add(literal(tag)));
        fields.put(InstanceEntry.TAGS, Optional.of(tags));
        fields.put(InstanceEntry.TIMEOUT, spec.timeout().map(t -> IntNode.valueOf((int) t.toSeconds())));
        return fields;
    }

    /** A value that equals what an absent key means, so an entry that never had the key need not get it. */
    private static boolean isImplicit(String key, JsonNode value) {
        return switch (key) {
            case InstanceEntry.USE_HTTPS, InstanceEntry.DEFAULT -> !value.asBoolean();
            case InstanceEntry.VERIFY_SSL -> value.asBoolean();
            case InstanceEntry.PORT -> value.asInt() == InstanceSpec.DEFAULT_PORT;
            case InstanceEntry.TAGS -> value.isEmpty();
            default -> false;
        };
    }

    private static boolean sameValue(JsonNode current, JsonNode wanted, EnvSubstitution env) {
        if (current.isArray() && wanted.isArray()) {
            if (current.size() != wanted.size()) {
                return false;
            }
            for (int i = 0; i < current.size(); i++) {
                if (!sameValue(current.get(i), wanted.get(i), env)) {
                    return false;
                }
            }
            return true;
        }
        if (current.isContainerNode() || wanted.isContainerNode()) {
            return false;
        }
        Optional<String> wantedText = resolvedText(wanted, env);
        return resolvedText(current, env).map(text -> wantedText.equals(Optional.of(text))).orElse(false);
    }

    private static Optional<String> resolvedText(JsonNode node, EnvSubstitution env) {
        if (!node.isTextual()) {
            return Optional.of(node.asText());
        }
        try {
            return Optional.of(env.resolve(node.textValue(), "instances file"));
        } catch (InstanceConfigException unresolvable) {
            return Optional.empty();
        }
    }

    private static Optional<String> resolvedName(ObjectNode entry, EnvSubstitution env) {
        JsonNode name = entry.get(InstanceEntry.NAME);
        return name == null || name.isContainerNode() ? Optional.empty() : resolvedText(name, env);
    }

    private static int indexOf(ArrayNode instances, String name, EnvSubstitution env) {
        for (int i = 0; i < instances.size(); i++) {
            if (instances.get(i) instanceof ObjectNode entry && resolvedName(entry, env).orElse("").equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static ArrayNode instances(ObjectNode root, String file) {
        JsonNode instances = root.get("instances");
        if (instances == null || instances.isNull()) {
            return root.putArray("instances");
        }
        if (instances instanceof ArrayNode array) {
            return array;
        }
        throw new InstanceConfigException(file + ": 'instances' must be a list; fix the file before saving to it");
    }
}
