package dev.npmmcp.testing;

import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimExchange;
import dev.npmmcp.tool.ArgumentBinder;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A simulator built to a test's needs and the registry the server would build for it (NPM_URL + login), with tools
 * called the way the server calls them: JSON arguments bound to the input record, then run with a server-like context
 * and typed results. {@link SimulatedNpm} is the same over the demo homelab with JSON results.
 */
public final class ToolFixture implements AutoCloseable {

    public record Context(boolean readOnly, InstanceRegistry instances) implements ToolContext {
        @Override
        public InstanceTarget target(Optional<String> instanceName) {
            return instances.resolve(instanceName);
        }
    }

    private final ArgumentBinder binder = new ArgumentBinder(ToolJson.newMapper());
    private final NpmSimulator sim;
    private final InstanceRegistry registry;
    private final List<SimExchange> exchanges = new CopyOnWriteArrayList<>();

    private ToolFixture(NpmSimulator sim, InstanceRegistry registry) {
        this.sim = sim;
        this.registry = registry;
        sim.onExchange(exchanges::add);
    }

    public static ToolFixture start(NpmSimulator.Builder builder, Path home) {
        NpmSimulator sim = builder.start();
        Map<String, String> env = Map.of("NPM_URL", sim.baseUri().toString(), "NPM_INSTANCE_NAME", "home",
                "NPM_IDENTITY", NpmSimulator.DEFAULT_ADMIN_EMAIL, "NPM_SECRET", NpmSimulator.DEFAULT_ADMIN_PASSWORD);
        InstanceConfigLoader loader = new InstanceConfigLoader(env, home);
        InstanceRegistry registry = InstanceRegistry.open(loader.load(Optional.empty()), loader, TokenStore.inMemory(),
                new Redactor());
        return new ToolFixture(sim, registry);
    }

    public NpmSimulator sim() {
        return sim;
    }

    /** The instance's client, for reading NPM's state after a call. */
    public NpmClient client() {
        return registry.resolve(Optional.empty()).client();
    }

    /** The last request NPM received for this operation (listeners hear of it before the client has its answer). */
    public SimExchange exchange(String operationId) {
        return exchanges.stream()
                .filter(e -> e.operationId().equals(operationId))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("NPM received no " + operationId));
    }

    /** Every request NPM has reported so far. */
    public List<SimExchange> exchanges() {
        return List.copyOf(exchanges);
    }

    public <I extends Record, O extends Record> O call(Tool<I, O> tool, Map<String, ?> arguments) {
        return tool.call(new Context(false, registry), binder.bind(tool.name(), tool.inputType(), arguments));
    }

    public <I extends Record, O extends Record> O callReadOnly(Tool<I, O> tool, Map<String, ?> arguments) {
        return tool.call(new Context(true, registry), binder.bind(tool.name(), tool.inputType(), arguments));
    }

    @Override
    public void close() {
        registry.close();
        sim.close();
    }
}
