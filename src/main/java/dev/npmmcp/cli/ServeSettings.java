package dev.npmmcp.cli;

import dev.npmmcp.mcp.HttpSettings;
import dev.npmmcp.tool.Category;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What {@code serve} was asked for, whichever way its arguments were read. */
record ServeSettings(
        Transport transport,
        int port,
        String bind,
        List<String> allowedOrigins,
        Set<Category> categories,
        boolean readOnly,
        boolean lazy,
        boolean demo,
        Optional<Path> config,
        boolean strict) {

    enum Transport {
        stdio,
        http
    }

    /** serve's on/off flags: all a plain start may name. */
    private static final Set<String> FLAGS = Set.of("--read-only", "--lazy", "--demo", "--strict");

    ServeSettings {
        allowedOrigins = List.copyOf(allowedOrigins);
        categories = Set.copyOf(categories);
    }

    /**
     * The settings of a plain start: {@code serve} (or nothing) and at most serve's on/off flags, each once, which is
     * how MCP clients start the server ({@code "args": ["serve"]}). Reading those needs no parser, so such a start
     * never loads picocli, whose command model costs every start about 60 ms and 3 MB (its Java 5 classes cannot go
     * into the AOT cache either). Anything else, help included, is picocli's to read; MainTest checks that both read
     * every plain start alike.
     */
    static Optional<ServeSettings> plain(String... args) {
        List<String> flags = new ArrayList<>(List.of(args));
        if (!flags.isEmpty() && flags.get(0).equals("serve")) {
            flags.remove(0);
        }
        if (!FLAGS.containsAll(flags) || Set.copyOf(flags).size() != flags.size()) {
            return Optional.empty();
        }
        return Optional.of(new ServeSettings(Transport.stdio, HttpSettings.DEFAULT_PORT, HttpSettings.DEFAULT_BIND,
                List.of(), Set.of(), flags.contains("--read-only"), flags.contains("--lazy"), flags.contains("--demo"),
                Optional.empty(), flags.contains("--strict")));
    }
}
