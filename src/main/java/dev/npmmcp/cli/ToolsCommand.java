package dev.npmmcp.cli;

import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.mcp.ToolCatalog;
import dev.npmmcp.mcp.ToolCatalogText;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Redactor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tools}: the catalog (name, what it does, kind) per category, the text of the README's table. */
@Command(name = "tools", mixinStandardHelpOptions = true,
        description = "Print every tool the server can offer, by category (Markdown, as in the README).")
final class ToolsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        // the catalog does not depend on what is configured: describe it over an empty registry in a home of its own,
        // so a broken instances file cannot hide the list
        Path home = Files.createTempDirectory("npm-mcp-tools");
        try {
            InstanceConfigLoader loader = new InstanceConfigLoader(Map.of(), home);
            try (InstanceRegistry none = InstanceRegistry.open(
                    loader.load(Optional.empty()), loader, TokenStore.inMemory(), new Redactor())) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(ToolCatalogText.markdown(ToolCatalog.everyTool(none).tools()));
                out.flush();
            }
        } finally {
            Files.deleteIfExists(home);
        }
        return 0;
    }
}
