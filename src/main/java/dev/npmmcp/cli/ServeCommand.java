package dev.npmmcp.cli;

import dev.npmmcp.mcp.HttpSettings;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.tool.Category;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve}: runs the MCP server on stdio (default) or Streamable HTTP. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the MCP server.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--transport", defaultValue = "stdio", description = "stdio (default) or http")
    ServeSettings.Transport transport;

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
        try {
            return Serving.run(settings(), keyring);
        } catch (Serving.BadSetting e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    ServeSettings settings() {
        return new ServeSettings(transport, port, bind, allowedOrigins, categories(), readOnly, lazy, demo, config,
                strict);
    }

    private Set<Category> categories() {
        Set<Category> selected = EnumSet.noneOf(Category.class);
        for (String id : toolsets) {
            selected.add(ServeSettings.toolset(id)
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown toolset '" + id
                            + "'; use " + Category.selectableValues().stream().map(Category::id)
                                    .collect(Collectors.joining(", ")))));
        }
        return selected;
    }
}
