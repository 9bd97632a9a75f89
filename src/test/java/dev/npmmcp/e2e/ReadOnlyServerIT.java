package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.mcp.ToolCatalog;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import dev.npmmcp.tool.Tool;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --read-only} (plain and lazy) against a simulator in this process: only read tools are listed, every
 * write tool called by name is refused, and NPM never sees a request that could change it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadOnlyServerIT {

    /**
     * The non-GET operations a read makes: logging in (NPM hands out a token for a POST) and NPM's HTTP reachability
     * check before a certificate request (npm_validate_certificate), a POST that stores nothing.
     */
    private static final Set<String> HARMLESS_POSTS = Set.of("requestToken", "loginWith2FA", "testHttpReach");

    @TempDir
    static Path dir;

    private NpmSimulator sim;
    private final Map<String, Set<String>> methods = new ConcurrentHashMap<>();
    private final List<String> stderr = new CopyOnWriteArrayList<>();
    private McpSyncClient plain;
    private McpSyncClient lazy;

    @BeforeAll
    void start() throws Exception {
        sim = NpmSimulator.builder().seed(SimulatorSeed.DEMO).start();
        sim.onExchange(exchange -> methods.computeIfAbsent(exchange.operationId(), id -> ConcurrentHashMap.newKeySet())
                .add(exchange.method()));
        IsolatedServer server = new IsolatedServer(dir)
                .env("NPM_URL", sim.baseUri().toString())
                .env("NPM_IDENTITY", NpmSimulator.DEFAULT_ADMIN_EMAIL)
                .env("NPM_SECRET", NpmSimulator.DEFAULT_ADMIN_PASSWORD)
                .env("NPM_INSTANCE_NAME", ToolSamples.INSTANCE);
        plain = server.stdio(List.of("serve", "--read-only"), json(), stderr::add);
        lazy = server.stdio(List.of("serve", "--read-only", "--lazy"), json(), stderr::add);
    }

    @AfterAll
    void stop() {
        Stream.of(plain, lazy).filter(Objects::nonNull).forEach(McpSyncClient::closeGracefully);
        if (sim != null) {
            sim.close();
        }
    }

    private static RecordingJsonMapper json() {
        return new RecordingJsonMapper(new JacksonMcpJsonMapper(JsonMapper.builder().build()));
    }

    /** The catalog as the jar builds it, read here for each tool's hints. */
    private List<Tool<?, ?>> catalog() throws Exception {
        Path home = dir.resolve("catalog-home");
        InstanceConfigLoader loader = new InstanceConfigLoader(Map.of(), home);
        try (InstanceRegistry registry =
                InstanceRegistry.open(loader.load(Optional.empty()), loader, TokenStore.inMemory(), new Redactor())) {
            return ToolCatalog.standard(registry).tools();
        }
    }

    private Set<String> writeTools() throws Exception {
        Set<String> writes = catalog().stream().filter(t -> !t.hints().readOnly()).map(Tool::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(writes).as("the catalog's write tools").hasSizeGreaterThan(5);
        return writes;
    }

    private static void assertAllReadOnly(List<McpSchema.Tool> tools) {
        assertThat(tools).isNotEmpty().allSatisfy(tool -> assertThat(tool.annotations().readOnlyHint())
                .as("%s readOnlyHint", tool.name()).isTrue());
    }

    @Test
    @Order(1)
    void shouldListEveryReadToolAndNoOtherAndAnswerThem() throws Exception {
        List<McpSchema.Tool> listed = plain.listTools().tools();

        assertAllReadOnly(listed);
        assertThat(listed).extracting(McpSchema.Tool::name).containsExactlyInAnyOrderElementsOf(
                catalog().stream().filter(t -> t.hints().readOnly()).map(Tool::name).toList());
        McpHarness.assertEveryListedToolWorks(plain);
    }

    @Test
    @Order(2)
    void shouldStayReadOnlyWhenEveryCategoryIsEnabledInLazyMode() {
        assertAllReadOnly(lazy.listTools().tools());
        CallToolResult categories = lazy.callTool(new CallToolRequest("npm_list_categories", Map.of()));
        JsonNode entries = new ObjectMapper().valueToTree(categories.structuredContent()).path("categories");
        assertThat(entries).isNotEmpty();

        for (JsonNode category : entries) {
            CallToolResult enabled = lazy.callTool(
                    new CallToolRequest("npm_enable_category", Map.of("category", category.path("name").asText())));
            assertThat(enabled.isError()).as("enable %s: %s", category, enabled.content()).isFalse();
        }

        List<McpSchema.Tool> listed = lazy.listTools().tools();
        assertAllReadOnly(listed);
        assertThat(listed).as("the categories brought their read tools").hasSizeGreaterThan(entries.size() + 3);
    }

    @Test
    @Order(3)
    void shouldRefuseEveryWriteToolCalledByName() throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (String name : writeTools()) {
            Map<String, Object> sample = ToolSamples.DEMO.forTool(name).orElseThrow(
                    () -> new AssertionError(name + " has no sample in ToolSamples"));
            for (McpSyncClient client : List.of(plain, lazy)) {
                softly.assertThat(refusal(client, name, sample)).as("%s", name).isPresent();
            }
        }
        softly.assertAll();
    }

    /** How the server refused the call: a JSON-RPC error or an isError result; empty if it ran. */
    private static Optional<String> refusal(McpSyncClient client, String name, Map<String, Object> arguments) {
        try {
            CallToolResult result = client.callTool(new CallToolRequest(name, arguments));
            return Boolean.TRUE.equals(result.isError()) ? Optional.of(result.content().toString()) : Optional.empty();
        } catch (McpError refused) {
            return Optional.of(refused.getMessage());
        }
    }

    @Test
    @Order(4)
    void shouldReadFromNpmButSendItNothingThatChangesIt() {
        Map<String, Integer> counts = new TreeMap<>(sim.requestCounts());
        assertThat(counts).as("the reads reached NPM").containsKey("getStreams");

        Map<String, Integer> changing = new TreeMap<>();
        counts.forEach((operation, count) -> {
            boolean onlyGets = methods.getOrDefault(operation, Set.of()).equals(Set.of("GET"));
            if (count > 0 && !onlyGets && !HARMLESS_POSTS.contains(operation)) {
                changing.put(operation + " " + methods.get(operation), count);
            }
        });
        assertThat(changing).as("requests other than GET that NPM received").isEmpty();
    }
}
