package dev.npmmcp.cli;

import dev.npmmcp.instance.InstanceConfig;
import dev.npmmcp.instance.InstanceConfigException;
import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.mcp.HttpSettings;
import dev.npmmcp.mcp.HttpTransport;
import dev.npmmcp.mcp.NpmMcpServer;
import dev.npmmcp.mcp.ServerOptions;
import dev.npmmcp.mcp.StdioTransport;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.security.logging.LogRedaction;
import dev.npmmcp.tool.Category;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve}: runs the MCP server on stdio (default) or Streamable HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the MCP server.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    enum Transport {
        stdio,
        http
    }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--transport", defaultValue = "stdio", description = "stdio (default) or http")
    Transport transport;

    @Option(names = "--port", defaultValue = "" + HttpSettings.DEFAULT_PORT, description = "HTTP port (default ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--bind", defaultValue = HttpSettings.DEFAULT_BIND, description = "HTTP bind address (default ${DEFAULT-VALUE})")
    String bind;

    @Option(names = "--allowed-origins", split = ",", description = "Browser origins accepted besides loopback, e.g. https://app.example.com")
    List<String> allowedOrigins = new ArrayList<>();

    @Option(names = "--toolsets", split = ",", description = "Categories to offer: instance, proxy_host, certificate, access_list, stream, redirection, user, system, bulk (default: all)")
    List<String> toolsets = new ArrayList<>();

    @Option(names = "--read-only", description = "Offer only tools that change nothing; every write is refused")
    boolean readOnly;

    @Option(names = "--lazy", description = "Start with only the category tools; enable categories at run time")
    boolean lazy;

    @Option(names = "--demo", description = "Serve a built-in NPM simulator as instance 'demo' (no configuration needed)")
    boolean demo;

    @Option(names = "--config", description = "The instances file (instances.yaml)")
    Optional<Path> config = Optional.empty();

    @Option(names = "--strict", description = "Refuse to start when the instances file holds plain-text secrets and"
            + " other users can read it (otherwise a warning)")
    boolean strict;

    private final Keyring keyring;

    ServeCommand(Keyring keyring) {
        this.keyring = keyring;
    }

    @Override
    public Integer call() throws Exception {
        if (demo && config.isPresent()) {
            throw new ParameterException(spec.commandLine(), "--demo brings its own instance; leave out --config");
        }
        ServerOptions options = new ServerOptions(categories(), readOnly, lazy);
        Redactor redactor = LogRedaction.redactor().orElseGet(Redactor::new);
        if (demo) {
            try (DemoNpm npm = DemoNpm.start(redactor)) {
                npm.announce(System.err, transport == Transport.stdio);
                return serve(options, npm.instances(), redactor);
            }
        }
        InstanceConfigLoader loader = InstanceConfigLoader.fromProcess();
        InstanceConfig loaded;
        try {
            loaded = loader.load(config);
        } catch (InstanceConfigException e) {
            System.err.println("npm-mcp: the instance configuration cannot be used:");
            e.problems().forEach(problem -> System.err.println("  - " + problem));
            return 1;
        }
        if (strict && loaded.exposedSecrets().isPresent()) {
            System.err.println("npm-mcp: not starting (--strict): " + loaded.exposedSecrets().get());
            return 1;
        }
        TokenStore tokens;
        try {
            tokens = TokenCaches.forSettings(loaded.settings(), System.getenv(), keyring);
        } catch (IllegalStateException e) {
            System.err.println("npm-mcp: " + e.getMessage());
            return 1;
        }
        try (InstanceRegistry instances = InstanceRegistry.open(loaded, loader, tokens, redactor, keyring)) {
            instances.warnings().forEach(warning -> LOG.warn("{}", warning));
            return serve(options, instances, redactor);
        }
    }

    private int serve(ServerOptions options, InstanceRegistry instances, Redactor redactor) throws Exception {
        NpmMcpServer server = NpmMcpServer.create(options, instances, AuditLogs.open(instances.configFile(), redactor));
        return switch (transport) {
            case stdio -> StdioTransport.serve(server);
            case http -> serveHttp(server);
        };
    }

    private int serveHttp(NpmMcpServer server) throws Exception {
        Optional<String> token = Optional.ofNullable(System.getenv("NPM_MCP_HTTP_TOKEN")).filter(t -> !t.isBlank());
        HttpSettings settings = new HttpSettings(bind, port, allowedOrigins, token);
        HttpTransport http;
        try {
            http = HttpTransport.start(server, settings, System.err);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                http.close();
            } catch (Exception e) {
                Thread.currentThread().interrupt();
            }
        }, "npm-mcp-http-shutdown"));
        http.join();
        return 0;
    }

    private Set<Category> categories() {
        Set<Category> selected = EnumSet.noneOf(Category.class);
        for (String id : toolsets) {
            selected.add(Category.byId(id.trim())
                    .filter(Category::selectable)
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown toolset '" + id
                            + "'; use " + Category.selectableValues().stream().map(Category::id)
                                    .collect(Collectors.joining(", ")))));
        }
        return selected;
    }
}
