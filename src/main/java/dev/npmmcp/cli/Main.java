package dev.npmmcp.cli;

import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.mcp.ServerVersion;
import dev.npmmcp.security.Keyring;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the jar: {@code npm-mcp [--version] [serve [options]]}; {@code serve} is the default command. */
@Command(
        name = "npm-mcp",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "MCP server for Nginx Proxy Manager.",
        subcommands = {ServeCommand.class, KeygenCommand.class, KeyringCommand.class, InstancesCommand.class,
                CallCommand.class, ToolsCommand.class, DoctorCommand.class})
public final class Main {

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        CommandLine commands = commandLine(Keyring.system(), SecretInput.standard());
        return commands.execute(withDefaultCommand(commands, args));
    }

    /** The command line over this keyring and secret input; tests give in-memory ones. */
    static CommandLine commandLine(Keyring keyring, SecretInput secrets) {
        return commandLine(keyring, secrets, InstanceConfigLoader::fromProcess);
    }

    /** ... and this configuration loader (the environment and home it resolves against). */
    static CommandLine commandLine(Keyring keyring, SecretInput secrets, Supplier<InstanceConfigLoader> loaders) {
        return new CommandLine(new Main(), new CommandLine.IFactory() {
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
        });
    }

    /** Clients are configured with just the launcher, so options without a command mean {@code serve}. */
    static String[] withDefaultCommand(CommandLine commands, String... args) {
        if (args.length > 0 && (commands.getSubcommands().containsKey(args[0]) || TOP_LEVEL_OPTIONS.contains(args[0]))) {
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
