package dev.npmmcp.cli;

import dev.npmmcp.instance.InstanceConfig;
import dev.npmmcp.instance.InstanceConfigException;
import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.mcp.ServerOptions;
import dev.npmmcp.mcp.SingleCall;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.security.logging.LogRedaction;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code call TOOL [JSON]}: one tool call through the server's own adapter, for scripts and for checking a setup
 * without an LLM. The structured result goes to stdout, the text (or the failure and its next step) to stderr.
 */
@Command(
        name = "call",
        mixinStandardHelpOptions = true,
        description = "Run one tool as the server would and print its result (exit 1 when it fails).")
final class CallCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TOOL", description = "The tool's name, e.g. npm_list_proxy_hosts")
    String tool;

    @Parameters(index = "1", arity = "0..1", paramLabel = "JSON", description = "Its arguments as one JSON object")
    String arguments = "";

    @Option(names = "--confirm", description = "Agree to the destructive step the call takes (otherwise refused)")
    boolean confirm;

    @Option(names = "--instance", description = "The instance to act on (instance_name, unless JSON names one)")
    Optional<String> instance = Optional.empty();

    @Option(names = "--text", description = "Print the text a client shows instead of the structured JSON")
    boolean text;

    @Option(names = "--read-only", description = "Refuse the call when the tool would change anything")
    boolean readOnly;

    @Option(names = "--demo", description = "Call the built-in NPM simulator (instance 'demo') instead")
    boolean demo;

    @Option(names = "--config", description = "The instances file (instances.yaml)")
    Optional<Path> config = Optional.empty();

    private final Keyring keyring;
    private final Supplier<InstanceConfigLoader> loaders;

    CallCommand(Keyring keyring, Supplier<InstanceConfigLoader> loaders) {
        this.keyring = keyring;
        this.loaders = loaders;
    }

    @Override
    public Integer call() throws Exception {
        if (demo && config.isPresent()) {
            throw new ParameterException(spec.commandLine(), "--demo brings its own instance; leave out --config");
        }
        Redactor redactor = LogRedaction.redactor().orElseGet(Redactor::new);
        if (demo) {
            try (DemoNpm npm = DemoNpm.start(redactor)) {
                return call(npm.instances(), redactor);
            }
        }
        InstanceConfigLoader loader = loaders.get();
        PrintWriter err = spec.commandLine().getErr();
        InstanceConfig loaded;
        try {
            loaded = loader.load(config);
        } catch (InstanceConfigException e) {
            err.println("npm-mcp: the instance configuration cannot be used:");
            e.problems().forEach(problem -> err.println("  - " + problem));
            err.flush();
            return 1;
        }
        TokenStore tokens;
        try {
            tokens = TokenCaches.forSettings(loaded.settings(), System.getenv(), keyring);
        } catch (IllegalStateException e) {
            err.println("npm-mcp: " + e.getMessage());
            err.flush();
            return 1;
        }
        try (InstanceRegistry instances = InstanceRegistry.open(loaded, loader, tokens, redactor, keyring)) {
            return call(instances, redactor);
        }
    }

    private int call(InstanceRegistry instances, Redactor redactor) throws Exception {
        SingleCall.Outcome outcome = SingleCall.run(new ServerOptions(Set.of(), readOnly, false), instances,
                AuditLogs.open(instances.configFile(), redactor), redactor,
                new SingleCall.Request(tool, arguments, instance, confirm));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (outcome.failed()) {
            err.println(outcome.text());
        } else if (text || outcome.structured().isEmpty()) {
            out.println(outcome.text());
        } else {
            out.println(outcome.structured().get());
        }
        out.flush();
        err.flush();
        return outcome.failed() ? 1 : 0;
    }
}
