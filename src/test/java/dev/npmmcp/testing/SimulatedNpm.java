package dev.npmmcp.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The demo homelab on a simulated NPM, registered as instance 'home' the way a user configures it (NPM_URL), and the
 * tools called the way the server calls them: JSON arguments bound to the input record, the output as JSON.
 */
public final class SimulatedNpm implements AutoCloseable {

    public static final String INSTANCE = "home";

    public final NpmSimulator sim;
    public final InstanceRegistry registry;
    public final List<SimExchange> exchanges = new CopyOnWriteArrayList<>();
    private final ObjectMapper mapper = ToolJson.newMapper();
    private final ArgumentBinder binder = new ArgumentBinder(mapper);

    private SimulatedNpm(NpmProfile profile) {
        sim = NpmSimulator.builder().profile(profile).seed(SimulatorSeed.DEMO).start();
        sim.onExchange(exchanges::add);
        Map<String, String> env = Map.of(
                "NPM_URL", sim.baseUri().toString(),
                "NPM_IDENTITY", NpmSimulator.DEFAULT_ADMIN_EMAIL,
                "NPM_SECRET", NpmSimulator.DEFAULT_ADMIN_PASSWORD,
                "NPM_INSTANCE_NAME", INSTANCE);
        try {
            InstanceConfigLoader loader = new InstanceConfigLoader(env, Files.createTempDirectory("npm-mcp-home"));
            registry = InstanceRegistry.open(loader.load(Optional.empty()), loader, TokenStore.inMemory(),
                    new Redactor());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SimulatedNpm start(NpmProfile profile) {
        return new SimulatedNpm(profile);
    }

    /** The server's ToolContext, minus MCP: the mode, and instances resolved by the registry. */
    public record Context(boolean readOnly, InstanceRegistry instances) implements ToolContext {
        @Override
        public InstanceTarget target(Optional<String> instanceName) {
            return instances.resolve(instanceName);
        }
    }

    public JsonNode call(Tool<?, ?> tool, Map<String, ?> arguments) {
        return invoke(tool, arguments, false);
    }

    public JsonNode callReadOnly(Tool<?, ?> tool, Map<String, ?> arguments) {
        return invoke(tool, arguments, true);
    }

    private <I extends Record, O extends Record> JsonNode invoke(
            Tool<I, O> tool, Map<String, ?> arguments, boolean readOnly) {
        I input = binder.bind(tool.name(), tool.inputType(), arguments);
        O output = tool.call(new Context(readOnly, registry), input);
        tool.render(output).ifPresent(text -> {
            if (text.isBlank()) {
                throw new AssertionError(tool.name() + " rendered an empty text");
            }
        });
        return mapper.valueToTree(output);
    }

    /** The client the tools use, for checking NPM's state after a call. */
    public NpmClient client() {
        return registry.resolve(Optional.of(INSTANCE)).client();
    }

    /** The bodies NPM received for one operation, in order. */
    public List<String> bodies(String operationId) {
        return exchanges.stream()
                .filter(e -> e.operationId().equals(operationId))
                .map(e -> e.requestBody().orElse(""))
                .toList();
    }

    @Override
    public void close() {
        registry.close();
        sim.close();
    }
}
