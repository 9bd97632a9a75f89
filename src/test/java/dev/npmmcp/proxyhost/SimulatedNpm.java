package dev.npmmcp.proxyhost;

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
import dev.npmmcp.simulator.AcmeMode;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimExchange;
import dev.npmmcp.simulator.SimulatorSeed;
import dev.npmmcp.tool.ArgumentBinder;
import dev.npmmcp.tool.JsonSchemas;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A simulated NPM (demo homelab) registered as instance "home" the way the server does it (NPM_URL), and tool calls
 * the way the server makes them: JSON arguments bound to the input record, the output as JSON.
 */
final class SimulatedNpm implements AutoCloseable {

    static final String INSTANCE = "home";

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012());

    final NpmSimulator sim;
    private final InstanceRegistry registry;
    private final ObjectMapper mapper = ToolJson.newMapper();
    private final ArgumentBinder binder = new ArgumentBinder(mapper);

    private final List<SimExchange> exchanges = new CopyOnWriteArrayList<>();

    private SimulatedNpm(NpmSimulator sim, Path home) {
        this.sim = sim;
        sim.onExchange(exchanges::add);
        InstanceConfigLoader loader = new InstanceConfigLoader(Map.of(
                "NPM_URL", sim.baseUri().toString(),
                "NPM_INSTANCE_NAME", INSTANCE,
                "NPM_IDENTITY", NpmSimulator.DEFAULT_ADMIN_EMAIL,
                "NPM_SECRET", NpmSimulator.DEFAULT_ADMIN_PASSWORD), home);
        this.registry = InstanceRegistry.open(loader.load(Optional.empty()), loader, TokenStore.inMemory(),
                new Redactor());
    }

    static SimulatedNpm demo(Path home) {
        return start(home, NpmProfile.V2_15, AcmeMode.ISSUE);
    }

    static SimulatedNpm start(Path home, NpmProfile profile, AcmeMode acme) {
        return new SimulatedNpm(NpmSimulator.builder()
                .profile(profile)
                .admin(NpmSimulator.DEFAULT_ADMIN_EMAIL, NpmSimulator.DEFAULT_ADMIN_PASSWORD)
                .seed(SimulatorSeed.DEMO)
                .acme(acme)
                .start(), home);
    }

    record Context(boolean readOnly, InstanceRegistry instances) implements ToolContext {
        @Override
        public InstanceTarget target(Optional<String> instanceName) {
            return instances.resolve(instanceName);
        }
    }

    <I extends Record, O extends Record> O call(Tool<I, O> tool, Map<String, ?> arguments) {
        return call(tool, arguments, false);
    }

    <I extends Record, O extends Record> O call(Tool<I, O> tool, Map<String, ?> arguments, boolean readOnly) {
        I input = binder.bind(tool.name(), tool.inputType(), arguments);
        return tool.call(new Context(readOnly, registry), input);
    }

    JsonNode json(Record output) {
        return mapper.valueToTree(output);
    }

    /** Where an output breaks the output schema the tool publishes (what the SDK checks before sending). */
    List<Error> schemaErrors(Tool<?, ?> tool, Record output) {
        JsonNode schema = mapper.valueToTree(JsonSchemas.outputSchema(tool.outputType()));
        return SCHEMAS.getSchema(schema).validate(json(output));
    }

    /** The client of instance "home", for reading NPM's state behind the tools' back. */
    NpmClient client() {
        return registry.resolve(Optional.of(INSTANCE)).client();
    }

    ProxyHostApi proxyHosts() {
        return new ProxyHostApi(client());
    }

    /** The requests NPM received for an operation, in order, as JSON (query and body). */
    List<SimExchange> received(String operationId) {
        return exchanges.stream().filter(e -> e.operationId().equals(operationId)).toList();
    }

    /** The body of the only request NPM received for an operation. */
    JsonNode onlyBody(String operationId) {
        List<SimExchange> sent = received(operationId);
        if (sent.size() != 1) {
            throw new AssertionError("expected one " + operationId + ", NPM received " + sent.size());
        }
        try {
            return mapper.readTree(sent.getFirst().requestBody().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        registry.close();
        sim.close();
    }
}
