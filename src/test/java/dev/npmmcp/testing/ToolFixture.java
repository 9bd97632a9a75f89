package dev.npmmcp.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimExchange;
import dev.npmmcp.simulator.SimulatorSeed;
import dev.npmmcp.tool.ArgumentBinder;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.JsonSchemas;
import dev.npmmcp.tool.Progress;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/**
 * Tools called the way the server calls them: JSON arguments bound to the input record, run with a server-like
 * context over an instance registry, the text rendering checked, the output typed or as JSON. Usually over a
 * simulated NPM registered as instance {@value #INSTANCE} the way a user configures it (NPM_URL + login), so a test can
 * also read NPM's state and the requests it received.
 */
public final class ToolFixture implements AutoCloseable {

    public static final String INSTANCE = "home";

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012());

    /** The server's ToolContext, minus MCP: the mode, and instances resolved by the registry. */
    public record Context(boolean readOnly, InstanceRegistry instances, Progress progress) implements ToolContext {
        @Override
        public InstanceTarget target(Optional<String> instanceName) {
            return instances.resolve(instanceName);
        }

        @Override
        public List<String> instanceNames(Optional<String> tag) {
            return instances.names(tag);
        }
    }

    private final ObjectMapper mapper = ToolJson.newMapper();
    private final ArgumentBinder binder = new ArgumentBinder(mapper);
    private final Optional<NpmSimulator> sim;
    private final InstanceRegistry registry;
    private final List<SimExchange> exchanges = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> owned;
    private final List<String> notices = new CopyOnWriteArrayList<>();
    private final List<String> progress = new CopyOnWriteArrayList<>();

    private ToolFixture(Optional<NpmSimulator> sim, InstanceRegistry registry, List<AutoCloseable> owned) {
        this.sim = sim;
        this.registry = registry;
        this.owned = owned;
        sim.ifPresent(s -> s.onExchange(exchanges::add));
    }

    /** The demo homelab on NPM 2.15. */
    public static ToolFixture demo() {
        return demo(NpmProfile.V2_15);
    }

    /** The demo homelab on the given NPM release. */
    public static ToolFixture demo(NpmProfile profile) {
        return start(NpmSimulator.builder().profile(profile).seed(SimulatorSeed.DEMO));
    }

    /** A simulator built to the test's needs, logged into as its default admin. */
    public static ToolFixture start(NpmSimulator.Builder builder) {
        NpmSimulator sim = builder.start();
        return login(sim, NpmSimulator.DEFAULT_ADMIN_EMAIL, NpmSimulator.DEFAULT_ADMIN_PASSWORD, true);
    }

    /** Tools over a registry the test built and closes itself (several instances, no simulator of ours). */
    public static ToolFixture over(InstanceRegistry registry) {
        return new ToolFixture(Optional.empty(), registry, List.of());
    }

    /** The same NPM through another login (a user the admin created); closing it leaves the simulator running. */
    public ToolFixture as(String email, String password) {
        return login(sim(), email, password, false);
    }

    private static ToolFixture login(NpmSimulator sim, String identity, String secret, boolean ownsSimulator) {
        Path home = temporaryHome();
        InstanceConfigLoader loader = new InstanceConfigLoader(Map.of(
                "NPM_URL", sim.baseUri().toString(),
                "NPM_INSTANCE_NAME", INSTANCE,
                "NPM_IDENTITY", identity,
                "NPM_SECRET", secret), home);
        InstanceRegistry registry = InstanceRegistry.open(loader.load(Optional.empty()), loader,
                TokenStore.inMemory(), new Redactor());
        List<AutoCloseable> owned = ownsSimulator
                ? List.of(registry, sim, () -> delete(home))
                : List.of(registry, () -> delete(home));
        return new ToolFixture(Optional.of(sim), registry, owned);
    }

    public NpmSimulator sim() {
        return sim.orElseThrow(() -> new IllegalStateException("this fixture runs over the test's own registry"));
    }

    /** The default instance's client, for reading NPM's state behind the tools' back. */
    /** What the calls so far told their results besides the output (the server shows each as a note). */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** Every progress report of the calls so far, as "done/total message", unthrottled. */
    public List<String> progress() {
        return List.copyOf(progress);
    }

    public NpmClient client() {
        return registry.resolve(Optional.empty()).client();
    }

    public <I extends Record, O extends Record> O call(Tool<I, O> tool, Map<String, ?> arguments) {
        return invoke(tool, arguments, false);
    }

    public <I extends Record, O extends Record> O callReadOnly(Tool<I, O> tool, Map<String, ?> arguments) {
        return invoke(tool, arguments, true);
    }

    /** The text the client shows and the LLM reads: the tool's rendering, else the output's JSON. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public String callText(Tool<?, ?> tool, Map<String, ?> arguments) {
        Record output = invoke((Tool) tool, arguments, false);
        return ((Tool) tool).render(output).orElseGet(() -> json(output).toString()).toString();
    }

    /** The output as the client receives it: JSON with the tool's field names. */
    public JsonNode callJson(Tool<?, ?> tool, Map<String, ?> arguments) {
        return json(invoke(tool, arguments, false));
    }

    public JsonNode json(Record output) {
        return mapper.valueToTree(output);
    }

    private <I extends Record, O extends Record> O invoke(Tool<I, O> tool, Map<String, ?> arguments,
            boolean readOnly) {
        I input = binder.bind(tool.name(), tool.inputType(), arguments);
        // as the server runs a call: within its budget, its recoveries and notices collected for its result
        O output = registry.call(Optional.empty(), notices, () -> tool.call(new Context(readOnly, registry,
                (done, total, message) -> progress.add(done + "/" + total + " " + message)), input));
        tool.render(output).ifPresent(text -> {
            if (text.isBlank()) {
                throw new AssertionError(tool.name() + " rendered an empty text");
            }
        });
        return output;
    }

    /** Where an output breaks the output schema the tool publishes (what the SDK checks before sending). */
    public List<Error> schemaErrors(Tool<?, ?> tool, Record output) {
        JsonNode schema = mapper.valueToTree(JsonSchemas.outputSchema(tool.outputType()));
        return SCHEMAS.getSchema(schema).validate(json(output));
    }

    /** Every request NPM has reported so far (listeners hear of it before the client has its answer). */
    public List<SimExchange> exchanges() {
        return List.copyOf(exchanges);
    }

    /** The requests NPM received for one operation, in order. */
    public List<SimExchange> exchanges(String operationId) {
        return exchanges.stream().filter(e -> e.operationId().equals(operationId)).toList();
    }

    /** The last request NPM received for one operation. */
    public SimExchange exchange(String operationId) {
        return exchanges(operationId).stream()
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("NPM received no " + operationId));
    }

    /** The bodies NPM received for one operation, in order ("" for none). */
    public List<String> bodies(String operationId) {
        return exchanges(operationId).stream().map(e -> e.requestBody().orElse("")).toList();
    }

    /** The body of the only request NPM received for one operation. */
    public JsonNode onlyBody(String operationId) {
        List<SimExchange> sent = exchanges(operationId);
        if (sent.size() != 1) {
            throw new AssertionError("expected one " + operationId + ", NPM received " + sent.size());
        }
        try {
            return mapper.readTree(sent.getFirst().requestBody().orElseThrow());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (AutoCloseable resource : owned) {
            try {
                resource.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close " + resource, e);
            }
        }
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("npm-mcp-home");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path home) throws IOException {
        try (Stream<Path> paths = Files.walk(home)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
