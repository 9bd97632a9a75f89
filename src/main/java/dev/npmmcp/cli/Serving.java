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
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the MCP server as {@link ServeSettings} say, until the client goes (stdio) or the process is stopped (HTTP). */
final class Serving {

    private static final Logger LOG = LoggerFactory.getLogger(Serving.class);

    /** A setting only found wrong once the server tries it, such as an HTTP bind address: a usage error. */
    static final class BadSetting extends RuntimeException {
        BadSetting(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Serving() {}

    /** The exit code: 0 when the client went, 1 when the configuration cannot be used. */
    static int run(ServeSettings settings, Keyring keyring) throws Exception {
        ServerOptions options = new ServerOptions(settings.categories(), settings.readOnly(), settings.lazy());
        Redactor redactor = LogRedaction.redactor().orElseGet(Redactor::new);
        if (settings.demo()) {
            try (DemoNpm npm = DemoNpm.start(redactor)) {
                npm.announce(System.err, settings.transport() == ServeSettings.Transport.stdio);
                return serve(settings, options, npm.instances(), redactor);
            }
        }
        InstanceConfigLoader loader = InstanceConfigLoader.fromProcess();
        InstanceConfig loaded;
        try {
            loaded = loader.load(settings.config());
        } catch (InstanceConfigException e) {
            System.err.println("npm-mcp: the instance configuration cannot be used:");
            e.problems().forEach(problem -> System.err.println("  - " + problem));
            return 1;
        }
        if (settings.strict() && loaded.exposedSecrets().isPresent()) {
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
            return serve(settings, options, instances, redactor);
        }
    }

    private static int serve(ServeSettings settings, ServerOptions options, InstanceRegistry instances,
            Redactor redactor) throws Exception {
        NpmMcpServer server = NpmMcpServer.create(
                options, instances, AuditLogs.open(instances.configFile(), redactor), redactor);
        return switch (settings.transport()) {
            case stdio -> StdioTransport.serve(server);
            case http -> serveHttp(settings, server);
        };
    }

    private static int serveHttp(ServeSettings settings, NpmMcpServer server) throws Exception {
        Optional<String> token = Optional.ofNullable(System.getenv("NPM_MCP_HTTP_TOKEN")).filter(t -> !t.isBlank());
        HttpTransport http;
        try {
            http = HttpTransport.start(server,
                    new HttpSettings(settings.bind(), settings.port(), settings.allowedOrigins(), token), System.err);
        } catch (IllegalArgumentException e) {
            throw new BadSetting(e.getMessage(), e);
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
}
