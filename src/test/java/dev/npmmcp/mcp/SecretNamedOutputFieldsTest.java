package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.JsonSchemas;
import dev.npmmcp.tool.Tool;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every output field of the catalog whose name the Redactor treats as a secret's, and what result redaction does with
 * it. A new one makes this test fail, so whoever adds it decides: a string the mask can replace, or a reviewed
 * exemption in {@link ResultRedaction#NOT_SECRETS}.
 */
class SecretNamedOutputFieldsTest {

    private final Redactor redactor = new Redactor();

    @Test
    void shouldKnowEverySecretNamedOutputFieldOfTheCatalog() {
        TreeSet<String> found = new TreeSet<>();
        for (Tool<?, ?> tool : AllTools.catalog().tools()) {
            walk(tool.name() + ":", JsonSchemas.outputSchema(tool.outputType()), found);
        }

        assertThat(found).containsExactly(
                "npm_get_instance:config.api_token (string, masked)",
                "npm_get_instance:config.password (string, masked)",
                "npm_list_instances:current (string, exempt)",
                "npm_list_instances:instances[].api_token (string, masked)",
                "npm_list_instances:instances[].password (string, masked)",
                "npm_manage_instance:config.api_token (string, masked)",
                "npm_manage_instance:config.password (string, masked)");
    }

    @SuppressWarnings("unchecked")
    private void walk(String path, Map<String, Object> schema, TreeSet<String> found) {
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            properties.forEach((name, property) -> {
                Map<String, Object> child = (Map<String, Object>) property;
                String at = path + (path.endsWith(":") ? "" : ".") + name;
                if (secretName((String) name)) {
                    boolean exempt = ResultRedaction.NOT_SECRETS.contains(name);
                    found.add(at + " (" + child.getOrDefault("type", "any") + ", " + (exempt ? "exempt" : "masked") + ")");
                }
                walk(at, child, found);
            });
        }
        if (schema.get("items") instanceof Map<?, ?> items) {
            walk(path + "[]", (Map<String, Object>) items, found);
        }
        if (schema.get("additionalProperties") instanceof Map<?, ?> values) {
            walk(path + "{}", (Map<String, Object>) values, found);
        }
    }

    private boolean secretName(String name) {
        return Redactor.MASK.equals(redactor.redact(JsonNodeFactory.instance.objectNode().put(name, "-")).path(name).asText());
    }

    @Test
    void shouldExemptOnlyNamesTheRedactorWouldMask() {
        assertThat(ResultRedaction.NOT_SECRETS).allSatisfy(name -> assertThat(secretName(name)).as(name).isTrue());
    }
}
