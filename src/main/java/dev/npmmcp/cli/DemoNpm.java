package dev.npmmcp.cli;

import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@code serve --demo}: an NPM simulator seeded with a small homelab, registered as the one instance "demo". It goes
 * through the same NPM_URL shorthand a user would set, so the demo exercises the real configuration path.
 */
final class DemoNpm implements AutoCloseable {

    static final String INSTANCE = "demo";

    private final NpmSimulator simulator;
    private final InstanceRegistry instances;

    private DemoNpm(NpmSimulator simulator, InstanceRegistry instances) {
        this.simulator = simulator;
        this.instances = instances;
    }

    static DemoNpm start(Redactor redactor) throws IOException {
        NpmSimulator simulator = NpmSimulator.builder().seed(SimulatorSeed.DEMO).start();
        // a home of its own: nothing the demo saves may touch the user's real instances file
        Path home = Files.createTempDirectory("npm-mcp-demo");
        home.toFile().deleteOnExit();
        InstanceConfigLoader loader = new InstanceConfigLoader(Map.of(
                "NPM_URL", simulator.baseUri().toString(),
                "NPM_IDENTITY", NpmSimulator.DEFAULT_ADMIN_EMAIL,
                "NPM_SECRET", NpmSimulator.DEFAULT_ADMIN_PASSWORD,
                "NPM_INSTANCE_NAME", INSTANCE), home);
        InstanceRegistry instances =
                InstanceRegistry.open(loader.load(Optional.empty()), loader, TokenStore.inMemory(), redactor);
        return new DemoNpm(simulator, instances);
    }

    InstanceRegistry instances() {
        return instances;
    }

    /** Tells a person at a terminal what they started and how to connect a client; stderr only. */
    void announce(PrintStream err, boolean stdio) {
        String launcher = Optional.ofNullable(System.getenv("NPM_MCP_LAUNCHER")).orElse("bin/npm-mcp");
        err.println("npm-mcp demo: a simulated Nginx Proxy Manager " + simulator.profile().release() + " runs at "
                + simulator.baseUri() + "/api (login " + NpmSimulator.DEFAULT_ADMIN_EMAIL + " / "
                + "the demo password in the README), seeded with a small homelab, registered as instance '"
                + INSTANCE + "'.");
        if (stdio) {
            err.println("npm-mcp demo: serving MCP on stdio. This terminal is now the protocol channel; connect an MCP"
                    + " client instead, e.g.");
            err.println("  claude mcp add npm-demo -- " + launcher + " serve --demo");
            err.println("  npx @modelcontextprotocol/inspector " + launcher + " serve --demo");
            err.println("  (Claude Desktop / Cursor: command \"" + launcher + "\", args [\"serve\", \"--demo\"])");
        }
    }

    @Override
    public void close() {
        instances.close();
        simulator.close();
    }
}
