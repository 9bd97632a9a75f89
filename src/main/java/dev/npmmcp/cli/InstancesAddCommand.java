package dev.npmmcp.cli;

import dev.npmmcp.instance.InstanceConfigException;
import dev.npmmcp.instance.InstanceConfigFile;
import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.instance.InstanceSpec;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringException;
import dev.npmmcp.security.KeyringReference;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code instances add}: appends an instance to the instances file with its password as a reference, never as plain
 * text: either typed (or piped) into the OS keyring and written as {@code keyring:npm-mcp/NAME}, or written as a
 * {@code ${VAR}} reference to an environment variable of the server.
 */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = {
            "Add an NPM instance to the instances file; the password is stored as a reference, never in plain text.",
            "--password-from-keyring reads it from stdin (not echoed on a terminal) into the OS keyring."
        })
final class InstancesAddCommand implements Callable<Integer> {

    static final String KEYRING_SERVICE = "npm-mcp";
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Keyring keyring;
    private final SecretInput input;
    private final Supplier<InstanceConfigLoader> loaders;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "The instance's name, as tools refer to it")
    String name;

    @Option(names = "--host", required = true, description = "NPM's host name or IP address, e.g. npm.lan")
    String host;

    @Option(names = "--port", defaultValue = "" + InstanceSpec.DEFAULT_PORT,
            description = "NPM's admin port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--https", description = "Reach NPM over HTTPS")
    boolean https;

    @Option(names = "--ca-cert", description = "PEM file with the CA that signed NPM's certificate (with --https)")
    Optional<Path> caCert = Optional.empty();

    @Option(names = "--username", description = "NPM login (e-mail address)")
    Optional<String> username = Optional.empty();

    @ArgGroup(exclusive = true)
    PasswordSource password;

    static final class PasswordSource {
        @Option(names = "--password-from-keyring",
                description = "Read the password from stdin and store it in the OS keyring as npm-mcp/NAME")
        boolean fromKeyring;

        @Option(names = "--password-env", paramLabel = "VAR",
                description = "Refer to the password as ${VAR}, an environment variable of the server")
        Optional<String> variable = Optional.empty();
    }

    @Option(names = "--default", description = "Make it the default instance")
    boolean makeDefault;

    @Option(names = "--config", description = "The instances file (default: NPM_MCP_CONFIG, else"
            + " ~/.npm-mcp/instances.yaml)")
    Optional<Path> config = Optional.empty();

    InstancesAddCommand(Keyring keyring, SecretInput input, Supplier<InstanceConfigLoader> loaders) {
        this.keyring = keyring;
        this.input = input;
        this.loaders = loaders;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (username.isEmpty() || password == null) {
            throw new ParameterException(spec.commandLine(), "give --username and the password's source:"
                    + " --password-from-keyring or --password-env VAR");
        }
        password.variable.filter(v -> !VARIABLE.matcher(v).matches()).ifPresent(v -> {
            throw new ParameterException(spec.commandLine(), "--password-env needs a variable name (letters, digits,"
                    + " '_'), not '" + v + "'");
        });
        KeyringReference entry = new KeyringReference(KEYRING_SERVICE, name);
        String reference = password.variable.map(v -> "${" + v + "}").orElse(entry.toString());
        InstanceSpec instance = new InstanceSpec(name, host, port, https, true, username, Optional.of(reference),
                Optional.empty(), Optional.empty(), caCert.map(p -> p.toAbsolutePath().normalize()), makeDefault,
                Optional.empty(), List.of(), Optional.empty());
        List<String> problems = instance.problems("instance '" + name + "'");
        if (!problems.isEmpty()) {
            problems.forEach(problem -> err.println("npm-mcp: " + problem));
            err.flush();
            return 1;
        }
        InstanceConfigLoader loader = loaders.get();
        InstanceConfigFile file = loader.file(loader.configFile(config));
        try {
            // checked before the keyring is written, so an existing instance's stored password is never replaced
            if (file.names().contains(name)) {
                return fail(err, file.path() + " already has an instance named '" + name + "'; choose another name");
            }
            if (password.fromKeyring && !storeInKeyring(entry, err)) {
                return 1;
            }
            file.add(instance, password.variable.isPresent() ? Map.of("password", reference) : Map.of());
        } catch (InstanceConfigException | UncheckedIOException e) {
            return fail(err, e.getMessage());
        }
        err.println("npm-mcp: added instance '" + name + "' (" + instance.baseUri() + ") to " + file.path()
                + " with password: " + reference);
        password.variable.filter(v -> !loader.defines(v)).ifPresent(v -> err.println("npm-mcp: " + v + " is not"
                + " set here; set it in the environment that starts npm-mcp, or the server will refuse the file"));
        err.flush();
        return 0;
    }

    private boolean storeInKeyring(KeyringReference entry, PrintWriter err) throws IOException {
        Optional<String> secret = input.read("NPM password for " + username.orElseThrow() + " on '" + name + "': ");
        if (secret.isEmpty()) {
            fail(err, "no password given; type it at the prompt or pipe it in; nothing was changed");
            return false;
        }
        try {
            keyring.store(entry, secret.get());
            return true;
        } catch (KeyringException e) {
            fail(err, e.getMessage() + " Nothing was changed; --password-env VAR writes a ${VAR} reference instead.");
            return false;
        }
    }

    private static int fail(PrintWriter err, String message) {
        err.println("npm-mcp: " + message);
        err.flush();
        return 1;
    }
}
