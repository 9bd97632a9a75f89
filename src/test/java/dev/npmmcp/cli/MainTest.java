package dev.npmmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringBackend;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    @Test
    void shouldServeWhenNoCommandIsGiven() {
        assertThat(Main.withDefaultCommand()).containsExactly("serve");
        assertThat(Main.withDefaultCommand("--read-only", "--lazy"))
                .containsExactly("serve", "--read-only", "--lazy");
    }

    @Test
    void shouldLeaveCommandsAndTopLevelOptionsAlone() {
        assertThat(Main.withDefaultCommand("serve", "--lazy")).containsExactly("serve", "--lazy");
        assertThat(Main.withDefaultCommand("keygen")).containsExactly("keygen");
        assertThat(Main.withDefaultCommand("keyring", "set", "npm-mcp/home"))
                .containsExactly("keyring", "set", "npm-mcp/home");
        assertThat(Main.withDefaultCommand("--version")).containsExactly("--version");
        assertThat(Main.withDefaultCommand("-h")).containsExactly("-h");
    }

    @Test
    void shouldReadOnlyTheCommandARunNeeds() {
        assertThat(Main.subcommandsFor(Main.withDefaultCommand("--lazy"))).containsExactly("serve");
        assertThat(Main.subcommandsFor("keyring", "set", "npm-mcp/home")).containsExactly("keyring");
        assertThat(Main.subcommandsFor("--help"))
                .containsExactly("serve", "keygen", "keyring", "instances", "call", "tools", "doctor");
        CommandLine serveOnly = Main.commandLine(new Keyring(KeyringBackend.inMemory()), prompt -> Optional.empty(),
                InstanceConfigLoader::fromProcess, Main.subcommandsFor("serve"));
        assertThat(serveOnly.getSubcommands()).containsOnlyKeys("serve");
        assertThat(Main.commandLine(new Keyring(KeyringBackend.inMemory()), prompt -> Optional.empty()).getUsageMessage())
                .contains("serve", "keygen", "keyring", "instances", "call", "tools", "doctor");
    }

    @Test
    void shouldReadAPlainStartAsPicocliDoes() {
        List<String> flags = List.of("--read-only", "--lazy", "--demo", "--strict");
        for (int subset = 0; subset < 1 << flags.size(); subset++) {
            List<String> chosen = new ArrayList<>();
            for (int i = 0; i < flags.size(); i++) {
                if ((subset & 1 << i) != 0) {
                    chosen.add(flags.get(i));
                }
            }
            List<String> reversed = new ArrayList<>(chosen);
            Collections.reverse(reversed);
            for (List<String> args : List.of(chosen, reversed, withServe(chosen), withServe(reversed))) {
                String[] given = args.toArray(String[]::new);
                assertThat(ServeSettings.plain(given)).as(String.join(" ", args)).contains(parsedByPicocli(given));
            }
        }
    }

    @Test
    void shouldReadAConfigToolsetsAndTransportWithoutPicocliAsPicocliDoes() {
        List<List<String>> configs = List.of(List.of(), List.of("--config", "x.yaml"), List.of("--config=dir/x.yaml"));
        List<List<String>> toolsets = List.of(List.of(), List.of("--toolsets", "proxy_host, certificate"),
                List.of("--toolsets=stream,stream,"));
        List<List<String>> transports = List.of(List.of(), List.of("--transport", "stdio"), List.of("--transport=stdio"));
        List<List<String>> flagSets = List.of(List.of(), List.of("--read-only", "--lazy", "--strict"), List.of("--demo"));
        for (List<String> config : configs) {
            for (List<String> toolset : toolsets) {
                for (List<String> transport : transports) {
                    for (List<String> flags : flagSets) {
                        if (flags.contains("--demo") && !config.isEmpty()) {
                            continue;
                        }
                        List<List<String>> parts = List.of(config, flags, toolset, transport);
                        List<List<String>> reversed = new ArrayList<>(parts);
                        Collections.reverse(reversed);
                        for (List<String> args : List.of(concat(parts), withServe(concat(reversed)))) {
                            String[] given = args.toArray(String[]::new);
                            assertThat(ServeSettings.plain(given)).as(String.join(" ", args))
                                    .contains(parsedByPicocli(given));
                        }
                    }
                }
            }
        }
    }

    @Test
    void shouldLeaveEverythingElseToPicocli() {
        for (List<String> args : List.of(List.of("--lazy", "--lazy"), List.of("serve", "--help"), List.of("--version"),
                List.of("keygen"), List.of("serve", "--transport", "http"), List.of("--transport", "STDIO"),
                List.of("--lazy", "serve"), List.of("serve", "serve"), List.of("--config"), List.of("--config="),
                List.of("--config", "--lazy"), List.of("--config", "a.yaml", "--config", "b.yaml"),
                List.of("--demo", "--config", "x.yaml"), List.of("--toolsets", "proxy_host,bogus"),
                List.of("--toolsets", "dynamic"), List.of("--toolsets", "stream", "--toolsets", "user"),
                List.of("--toolsets", ",user"), List.of("--port", "8765"), List.of("--read-only=true"),
                List.of("x.yaml"))) {
            assertThat(ServeSettings.plain(args.toArray(String[]::new))).as(String.join(" ", args)).isEmpty();
        }
    }

    private static List<String> concat(List<List<String>> parts) {
        return parts.stream().flatMap(List::stream).toList();
    }

    private static List<String> withServe(List<String> flags) {
        List<String> args = new ArrayList<>(List.of("serve"));
        args.addAll(flags);
        return args;
    }

    private static ServeSettings parsedByPicocli(String... args) {
        CommandLine commands = Main.commandLine(new Keyring(KeyringBackend.inMemory()), prompt -> Optional.empty(),
                InstanceConfigLoader::fromProcess, Set.of("serve"));
        CommandLine.ParseResult parsed = commands.parseArgs(Main.withDefaultCommand(args));
        return ((ServeCommand) parsed.subcommand().commandSpec().userObject()).settings();
    }

    @Test
    void shouldRejectAnUnknownToolsetAsAUsageError() {
        assertThat(Main.run("serve", "--toolsets", "proxy_host,bogus")).isEqualTo(2);
        assertThat(Main.run("serve", "--toolsets", "dynamic")).isEqualTo(2);
    }

    @Test
    void shouldRejectAnUnknownTransport() {
        assertThat(Main.run("serve", "--transport", "sse")).isEqualTo(2);
    }
}
