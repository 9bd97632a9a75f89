package dev.npmmcp.cli;

import picocli.CommandLine.Command;

/** {@code keyring}: the OS keyring entries that instances.yaml refers to as {@code keyring:SERVICE/ACCOUNT}. */
@Command(
        name = "keyring",
        mixinStandardHelpOptions = true,
        description = "Store secrets in the OS keyring for keyring:SERVICE/ACCOUNT references.",
        subcommands = {KeyringSetCommand.class})
final class KeyringCommand {}
