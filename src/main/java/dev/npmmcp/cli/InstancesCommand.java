package dev.npmmcp.cli;

import picocli.CommandLine.Command;

/** {@code instances}: changes to the instances file made at a terminal, where secrets can be typed safely. */
@Command(
        name = "instances",
        mixinStandardHelpOptions = true,
        description = "Manage the instances file (instances.yaml).",
        subcommands = {InstancesAddCommand.class})
final class InstancesCommand {}
