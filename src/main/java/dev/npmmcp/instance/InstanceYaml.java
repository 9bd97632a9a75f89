package dev.npmmcp.instance;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;

/** Reading and writing the instances file as a tree, so keys we do not know survive a rewrite untouched. */
final class InstanceYaml {

    /** Configured once here and never changed afterwards; Jackson mappers are thread-safe once configured. */
    private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                    .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                    // a password like 12345 or "yes" must come back as a string, not a number or boolean
                    .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                    .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                    .build())
            .addModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private InstanceYaml() {}

    static ObjectMapper mapper() {
        return YAML;
    }

    /** An empty document is an empty configuration; anything but a mapping at the top is an error. */
    static ObjectNode parseYaml(byte[] bytes, String where) {
        try {
            JsonNode root = YAML.readTree(bytes);
            if (root == null || root.isMissingNode() || root.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (root instanceof ObjectNode object) {
                return object;
            }
            throw new InstanceConfigException(where + ": the top level must be a mapping with 'instances:' and"
                    + " optionally 'settings:'");
        } catch (JacksonException e) {
            // no cause and no snippet: the parser quotes the offending line, which may hold a password
            throw new InstanceConfigException(where + " is not valid YAML" + location(e)
                    + "; check indentation and quoting around that line");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArrayNode parseJsonArray(String text, String where) {
        try {
            JsonNode root = JSON.readTree(text);
            if (root instanceof ArrayNode array) {
                return array;
            }
            throw new InstanceConfigException(where + " must be a JSON list of instance objects, e.g."
                    + " [{\"name\":\"home\",\"host\":\"npm.lan\",\"username\":\"...\",\"password\":\"...\"}]");
        } catch (JacksonException e) {
            // no cause and no parser message: both quote the text, which holds passwords
            throw new InstanceConfigException(where + " is not valid JSON" + location(e));
        }
    }

    static byte[] write(ObjectNode root) {
        try {
            return YAML.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot render the instances file", e);
        }
    }

    /** A copy of the tree with every {@code ${VAR}} in a string value resolved. */
    static JsonNode resolve(JsonNode node, EnvSubstitution env, String where) {
        if (node instanceof TextNode text) {
            return TextNode.valueOf(env.resolve(text.textValue(), where));
        }
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                copy.set(field.getKey(), resolve(field.getValue(), env, where + "." + field.getKey()));
            }
            return copy;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            for (int i = 0; i < array.size(); i++) {
                copy.add(resolve(array.get(i), env, where + "[" + i + "]"));
            }
            return copy;
        }
        return node.deepCopy();
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null
                ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
