package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Tool;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Rules every tool obeys, checked over the whole registry so a new tool cannot skip them. */
class ToolCatalogTest {

    private final List<Tool<?, ?>> tools = AllTools.catalog().tools();

    @Test
    void shouldNameEveryToolUniquely() {
        assertThat(tools).extracting(Tool::name).doesNotHaveDuplicates();
    }

    @Test
    void shouldKeepTheCategoryToolsInTheirOwnCategory() {
        assertThat(tools.stream().filter(t -> t.category() == Category.DYNAMIC).map(Tool::name))
                .containsExactlyInAnyOrder("npm_list_categories", "npm_enable_category", "npm_disable_category");
    }

    @TestFactory
    Stream<DynamicTest> shouldDescribeEveryToolCompletely() {
        return tools.stream().map(tool -> DynamicTest.dynamicTest(tool.name(), () -> {
            McpSchema.Tool definition = ToolAdapter.definition(tool);
            assertThat(definition.name()).matches("npm_[a-z0-9_]+");
            assertThat(definition.description()).isNotBlank();
            assertThat(tool.category()).isNotNull();

            // a client reads an absent hint as MCP's default; what it reads must be the tool's own hints
            McpSchema.ToolAnnotations annotations = Optional.ofNullable(definition.annotations())
                    .orElse(ToolAdapter.DEFAULT_HINTS);
            boolean readOnly = Boolean.TRUE.equals(annotations.readOnlyHint());
            assertThat(readOnly).isEqualTo(tool.hints().readOnly());
            if (!readOnly) {
                assertThat(!Boolean.FALSE.equals(annotations.destructiveHint())).isEqualTo(tool.hints().destructive());
                assertThat(Boolean.TRUE.equals(annotations.idempotentHint())).isEqualTo(tool.hints().idempotent());
            }
            assertThat(!Boolean.FALSE.equals(annotations.openWorldHint())).isEqualTo(tool.hints().openWorld());

            Map<String, Object> input = definition.inputSchema();
            assertThat(input).containsEntry("type", "object").doesNotContainKey("additionalProperties");
            assertThat(input).doesNotContainKeys("oneOf", "anyOf", "allOf");
            assertThat(definition.outputSchema()).containsEntry("type", "object").containsKey("properties");
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldLetEveryNpmToolPickItsInstance() {
        return tools.stream()
                .filter(t -> t.category() != Category.DYNAMIC && t.category() != Category.INSTANCE)
                .map(tool -> DynamicTest.dynamicTest(tool.name(), () -> {
                    // accepted everywhere; npm_sync_instances advertises it as target_instance
                    Map<String, Object> input = dev.npmmcp.tool.JsonSchemas.bindingSchema(tool.inputType());
                    assertThat(((Map<?, ?>) input.get("properties")).containsKey("instance_name")).isTrue();
                    assertThat(((List<?>) input.getOrDefault("required", List.of())).contains("instance_name"))
                            .as("instance_name is optional").isFalse();
                }));
    }
}
