package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;

/** What every end-to-end test needs: the jar, the JVM running the tests, and the per-tool checks. */
final class McpHarness {

    /** How the suite starts the server; every listed tool must then work without any configuration. */
    static final List<String> SERVE = List.of("serve", "--demo");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012());

    private McpHarness() {}

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("npmmcp.jar", "target/npm-mcp.jar"));
        assertThat(Files.isRegularFile(jar)).as("%s is built by mvn package before the *IT tests", jar).isTrue();
        return jar;
    }

    static List<String> command(List<String> serveArguments) {
        return command(List.of(), serveArguments);
    }

    static List<String> command(List<String> jvmOptions, List<String> serveArguments) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(serveArguments);
        return command;
    }

    static void assertEveryListedToolWorks(McpSyncClient client) {
        assertEveryListedToolWorks(client, ToolSamples.DEMO, result -> {});
    }

    /**
     * For every tool the server lists: annotations and an output schema are present, a sample call succeeds (or, for
     * the few tools the one demo instance cannot serve, is refused with the text ToolSamples expects), and its
     * structuredContent validates against the output schema (checked here, independently of the server's own check).
     * Each result goes to {@code results}. npm_disable_category runs last, so no tool disappears before its turn.
     */
    static void assertEveryListedToolWorks(
            McpSyncClient client, ToolSamples samples, Consumer<CallToolResult> results) {
        SoftAssertions softly = new SoftAssertions();
        List<McpSchema.Tool> tools = client.listTools().tools().stream()
                .sorted(Comparator.comparing(tool -> tool.name().equals("npm_disable_category")))
                .toList();
        for (McpSchema.Tool tool : tools) {
            String name = tool.name();
            // a tool whose hints are all MCP's defaults (writes, destructive, open world) states no annotations
            McpSchema.ToolAnnotations annotations = tool.annotations();
            if (annotations != null && Boolean.TRUE.equals(annotations.readOnlyHint())) {
                // hints equal to MCP's defaults are left out; a read-only tool states no write hint
                softly.assertThat(annotations.destructiveHint()).as("%s destructiveHint", name).isNull();
            }
            softly.assertThat(tool.outputSchema()).as("%s outputSchema", name).isNotEmpty();
            var sample = samples.forTool(name);
            softly.assertThat(sample).as("%s has no sample arguments in ToolSamples", name).isPresent();
            if (sample.isEmpty() || tool.outputSchema() == null) {
                continue;
            }
            CallToolResult result = client.callTool(new CallToolRequest(name, sample.get()));
            results.accept(result);
            var refusal = samples.expectedRefusal(name);
            if (refusal.isPresent()) {
                softly.assertThat(result.isError()).as("%s should refuse its sample: %s", name, result.content())
                        .isTrue();
                softly.assertThat(result.content().toString()).as("%s refusal", name).contains(refusal.get());
                continue;
            }
            softly.assertThat(result.isError()).as("%s failed: %s", name, result.content()).isFalse();
            softly.assertThat(result.content()).as("%s text rendering", name).isNotEmpty();
            softly.assertThat(result.structuredContent()).as("%s structuredContent", name).isNotNull();
            if (result.structuredContent() != null) {
                List<Error> errors = validate(tool.outputSchema(), result.structuredContent());
                softly.assertThat(errors).as("%s output against its schema", name).isEmpty();
            }
        }
        softly.assertAll();
    }

    static List<Error> validate(Map<String, Object> schema, Object instance) {
        JsonNode schemaNode = JSON.valueToTree(schema);
        return SCHEMAS.getSchema(schemaNode).validate(JSON.valueToTree(instance));
    }

    static String text(CallToolResult result) {
        return ((McpSchema.TextContent) result.content().getFirst()).text();
    }
}
