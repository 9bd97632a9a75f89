package dev.npmmcp.cli;

import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.mcp.ServerVersion;
import dev.npmmcp.security.Keyring;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the jar: {@code npm-mcp [--version] [serve [options]]}; {@code serve} is the default command. */
@Command(
        name = "npm-mcp",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "MCP server for Nginx Proxy Manager.")
public final class Main {

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    /**
     * The subcommands, by name, read only when picocli runs (not on a plain {@code serve}). Picocli reads a command's
     * annotations (and spins a proxy class per annotation type) when it is added, about 20 ms for all of them: a run
     * adds only the one it runs, so {@code serve} with options answers {@code initialize} without reading the other
     * six.
     */
    private static final class Commands {
        static final Map<String, Class<?>> BY_NAME = commands(ServeCommand.class, KeygenCommand.class,
                KeyringCommand.class, InstancesCommand.class, CallCommand.class, ToolsCommand.class,
                DoctorCommand.class);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        Optional<ServeSettings> plain = ServeSettings.plain(args);
        if (plain.isPresent()) {
            return servePlain(plain.get(), Keyring.system());
        }
        String[] command = withDefaultCommand(args);
        return commandLine(Keyring.system(), SecretInput.standard(), InstanceConfigLoader::fromProcess,
                subcommandsFor(command)).execute(command);
    }

    /** A plain start, failing as picocli would: the stack trace of what went wrong, exit code 1. */
    private static int servePlain(ServeSettings settings, Keyring keyring) {
        try {
            return Serving.run(settings, keyring);
        } catch (Exception e) {
            e.printStackTrace();
            return 1;
        }
    }

    /** The subcommands a run of {@code command} needs: the one it names, or all of them for the top-level help. */
    static Set<String> subcommandsFor(String... command) {
        return Commands.BY_NAME.containsKey(command[0]) ? Set.of(command[0]) : Commands.BY_NAME.keySet();
    }

    /** The command line over this keyring and secret input; tests give in-memory ones. */
    static CommandLine commandLine(Keyring keyring, SecretInput secrets) {
        return commandLine(keyring, secrets, InstanceConfigLoader::fromProcess);
    }

    /** ... and this configuration loader (the environment and home it resolves against). */
    static CommandLine commandLine(Keyring keyring, SecretInput secrets, Supplier<InstanceConfigLoader> loaders) {
        return commandLine(keyring, secrets, loaders, Commands.BY_NAME.keySet());
    }

    /** ... with only these subcommands (help and unknown commands get all of them). */
    static CommandLine commandLine(Keyring keyring, SecretInput secrets, Supplier<InstanceConfigLoader> loaders,
            Set<String> names) {
        CommandLine.IFactory factory = factory(keyring, secrets, loaders);
        CommandLine commands = new CommandLine(new Main(), factory);
        for (Map.Entry<String, Class<?>> command : Commands.BY_NAME.entrySet()) {
            if (names.contains(command.getKey())) {
                try {
                    commands.addSubcommand(command.getKey(), factory.create(command.getValue()));
                } catch (Exception e) {
                    throw new IllegalStateException("cannot create the command " + command.getKey(), e);
                }
            }
        }
        return commands;
    }

    private static CommandLine.IFactory factory(Keyring keyring, SecretInput secrets,
            Supplier<InstanceConfigLoader> loaders) {
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == KeyringSetCommand.class) {
                    return type.cast(new KeyringSetCommand(keyring, secrets));
                }
                if (type == ServeCommand.class) {
                    return type.cast(new ServeCommand(keyring));
                }
                if (type == CallCommand.class) {
                    return type.cast(new CallCommand(keyring, loaders));
                }
                if (type == DoctorCommand.class) {
                    return type.cast(new DoctorCommand(keyring, loaders));
                }
                if (type == InstancesAddCommand.class) {
                    return type.cast(new InstancesAddCommand(keyring, secrets, loaders));
                }
                return CommandLine.defaultFactory().create(type);
            }
        };
    }

    private static Map<String, Class<?>> commands(Class<?>... types) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> type : types) {
            byName.put(type.getAnnotation(Command.class).name(), type);
        }
        return Collections.unmodifiableMap(byName);
    }

    /** Clients are configured with just the launcher, so options without a command mean {@code serve}. */
    static String[] withDefaultCommand(String... args) {
        if (args.length > 0 && (Commands.BY_NAME.containsKey(args[0]) || TOP_LEVEL_OPTIONS.contains(args[0]))) {
            return args;
        }
        List<String> withServe = new ArrayList<>(List.of("serve"));
        withServe.addAll(List.of(args));
        return withServe.toArray(String[]::new);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"npm-mcp " + ServerVersion.current()};
        }
    }
}
