package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.npmmcp.tool.Tool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What the LLM sees of each tool (name, description, annotations, schemas) is committed in
 * src/test/resources/toolsnaps/&lt;name&gt;.json, so every change to it is a reviewed diff. UPDATE_TOOLSNAPS=true
 * rewrites the files.
 */
class ToolSchemaSnapshotTest {

    private static final Path SNAPSHOTS = Path.of("src", "test", "resources", "toolsnaps");
    private static final ObjectMapper SORTED = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final List<Tool<?, ?>> tools = AllTools.catalog().tools();
    private final boolean update = "true".equalsIgnoreCase(System.getenv("UPDATE_TOOLSNAPS"));

    static String snapshot(Tool<?, ?> tool) throws IOException {
        String wire = NpmMcpServer.protocolJson().writeValueAsString(ToolAdapter.definition(tool));
        Map<String, Object> all = SORTED.readValue(wire, new TypeReference<>() {});
        Map<String, Object> seen = new LinkedHashMap<>();
        for (String key : List.of("name", "description", "annotations", "inputSchema", "outputSchema")) {
            if (all.containsKey(key)) {
                seen.put(key, all.get(key));
            }
        }
        return SORTED.writeValueAsString(seen) + "\n";
    }

    @TestFactory
    Stream<DynamicTest> shouldMatchTheCommittedSnapshot() {
        return tools.stream().map(tool -> DynamicTest.dynamicTest(tool.name(), () -> {
            Path file = SNAPSHOTS.resolve(tool.name() + ".json");
            String actual = snapshot(tool);
            if (update) {
                Files.createDirectories(SNAPSHOTS);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("no snapshot " + file + " for " + tool.name()
                        + "; run the test with UPDATE_TOOLSNAPS=true and commit the file after reviewing it");
            }
            assertThat(actual)
                    .as("%s changed what the LLM sees; if intended, rerun with UPDATE_TOOLSNAPS=true", tool.name())
                    .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }));
    }

    @Test
    void shouldHaveNoSnapshotWithoutATool() throws IOException {
        Set<String> names = tools.stream().map(t -> t.name() + ".json").collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(SNAPSHOTS)) {
            List<Path> orphans = files.filter(f -> !names.contains(f.getFileName().toString())).toList();
            if (update) {
                for (Path orphan : orphans) {
                    Files.delete(orphan);
                }
                return;
            }
            assertThat(orphans).as("snapshots of tools that no longer exist").isEmpty();
        }
    }
}
