package dev.npmmcp.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.npmmcp.tool.SchemaFixtures.HostInput;
import dev.npmmcp.tool.SchemaFixtures.HostOutput;
import dev.npmmcp.tool.SchemaFixtures.Location;
import dev.npmmcp.tool.SchemaFixtures.Scheme;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonSchemasTest {

    private final Map<String, Object> input = JsonSchemas.inputSchema(HostInput.class);

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> schema, String... path) {
        Map<String, Object> node = schema;
        for (String key : path) {
            node = (Map<String, Object>) node.get(key);
        }
        return node;
    }

    @Test
    void shouldAdvertiseAnInputRecordWithoutItsUnadvertisedNamesOrTheClosingFlag() {
        assertThat(input).containsEntry("type", "object").doesNotContainKey("additionalProperties");
        assertThat(input).doesNotContainKeys("oneOf", "anyOf", "allOf");
        assertThat(at(input, "properties").keySet()).containsExactly("host_id", "domain_filter", "port",
                "forward_scheme", "enabled_only", "domain_names", "locations", "tags", "meta", "certificate_id");
    }

    @Test
    void shouldBindAgainstAClosedObjectWithEveryAcceptedName() {
        Map<String, Object> binding = JsonSchemas.bindingSchema(HostInput.class);
        assertThat(binding).containsEntry("additionalProperties", false);
        assertThat(at(binding, "properties").keySet()).contains("certificate_id", "ssl_certificate_id");
        assertThat(at(binding, "properties", "locations", "items")).containsEntry("additionalProperties", false);
    }

    @Test
    void shouldRequireExactlyTheComponentsThatAreNeitherOptionalNorDefaulted() {
        assertThat(input.get("required")).isEqualTo(List.of("host_id", "domain_names"));
    }

    @Test
    void shouldMapJavaTypesToJsonTypes() {
        assertThat(at(input, "properties", "host_id")).containsEntry("type", "integer")
                .containsEntry("description", "The proxy host id");
        assertThat(at(input, "properties", "domain_filter")).isEqualTo(Map.of("type", "string"));
        assertThat(at(input, "properties", "enabled_only")).containsEntry("type", "boolean");
        assertThat(at(input, "properties", "domain_names"))
                .isEqualTo(Map.of("type", "array", "items", Map.of("type", "string")));
        assertThat(at(input, "properties", "tags")).containsEntry("uniqueItems", true);
        assertThat(at(input, "properties", "meta"))
                .isEqualTo(Map.of("type", "object", "additionalProperties", Map.of("type", "string")));
    }

    @Test
    void shouldListEnumValuesByTheirJsonNamesAndShowDefaults() {
        assertThat(at(input, "properties", "forward_scheme"))
                .containsEntry("enum", List.of("http", "https"))
                .containsEntry("default", "http");
        assertThat(at(input, "properties", "port")).containsEntry("default", 81);
        assertThat(at(input, "properties", "enabled_only")).as("a false flag's default goes unsaid")
                .doesNotContainKey("default");
        assertThat(at(JsonSchemas.bindingSchema(HostInput.class), "properties", "enabled_only"))
                .containsEntry("default", false);
    }

    @Test
    void shouldDescribeNestedInputRecordsToo() {
        Map<String, Object> location = at(input, "properties", "locations", "items");
        assertThat(location).containsEntry("type", "object")
                .containsEntry("description", "A custom location")
                .containsEntry("required", List.of("path"));
        assertThat(at(location, "properties", "path")).containsEntry("description", "URL path, e.g. /api");
    }

    @Test
    void shouldLeaveOutputObjectsOpenAndUnlisted() {
        Map<String, Object> output = JsonSchemas.outputSchema(HostOutput.class);
        assertThat(output).containsEntry("type", "object").doesNotContainKeys("additionalProperties", "required");
        assertThat(at(output, "properties").keySet()).contains("id", "domain_names");
    }

    @Test
    void shouldNameEveryPropertyExactlyAsJacksonWritesIt() {
        HostInput value = new HostInput(1, Optional.of("x"), 81, Scheme.HTTPS, true, List.of("a.example"),
                Optional.of(List.of(new Location("/", Optional.of(1)))), Optional.of(Set.of("t")),
                Optional.of(Map.of("k", "v")), Optional.of(3), Optional.of(4));
        Map<String, Object> written = ToolJson.newMapper().convertValue(value, new TypeReference<>() {});
        assertThat(at(JsonSchemas.bindingSchema(HostInput.class), "properties").keySet())
                .containsExactlyInAnyOrderElementsOf(written.keySet());
    }

    @Test
    void shouldRefuseRecordsItCannotDescribeHonestly() {
        assertThatThrownBy(() -> JsonSchemas.inputSchema(SchemaFixtures.DefaultOnOptional.class))
                .hasMessageContaining("@Default on an Optional");
        assertThatThrownBy(() -> JsonSchemas.inputSchema(SchemaFixtures.UnsupportedType.class))
                .hasMessageContaining("no JSON schema mapping for java.lang.Thread");
        assertThatThrownBy(() -> JsonSchemas.inputSchema(SchemaFixtures.WrongDefault.class))
                .hasMessageContaining("default 'abc'");
        assertThatThrownBy(() -> JsonSchemas.inputSchema(SchemaFixtures.EnumDefaultOutside.class))
                .hasMessageContaining("is not one of [http, https]");
        assertThatThrownBy(() -> JsonSchemas.inputSchema(SchemaFixtures.Node.class))
                .hasMessageContaining("recursive record");
    }
}
