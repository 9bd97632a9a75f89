package dev.npmmcp.cli;

import dev.npmmcp.mcp.HttpSettings;
import dev.npmmcp.tool.Category;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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

    /** serve's on/off flags. */
    private static final Set<String> FLAGS = Set.of("--read-only", "--lazy", "--demo", "--strict");

    ServeSettings {
        allowedOrigins = List.copyOf(allowedOrigins);
        categories = Set.copyOf(categories);
    }

    /**
     * The settings of a start that needs no parser: {@code serve} (or nothing), serve's on/off flags, and at most one
     * each of {@code --config FILE}, {@code --toolsets a,b} (known categories) and {@code --transport stdio}, in
     * either {@code --name value} or {@code --name=value} form, none repeated. That is how MCP clients start the
     * server ({@code "args": ["serve"]}, with a config or toolsets at most), and such a start never loads picocli,
     * whose command model costs every start about 60 ms and 3 MB (its Java 5 classes cannot go into the AOT cache
     * either). Anything else, help, errors and HTTP included, is picocli's to read and report; MainTest checks that
     * both read every such start alike.
     */
    static Optional<ServeSettings> plain(String... args) {
        List<String> rest = new ArrayList<>(List.of(args));
        if (!rest.isEmpty() && rest.get(0).equals("serve")) {
            rest.remove(0);
        }
        Set<String> seen = new HashSet<>();
        Optional<Path> config = Optional.empty();
        Set<Category> categories = Set.of();
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            if (!seen.add(name)) {
                return Optional.empty();
            }
            if (FLAGS.contains(arg)) {
                continue;
            }
            String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < rest.size() ? rest.get(++i) : "";
            if (value.isEmpty() || value.startsWith("-")) {
                return Optional.empty();
            }
            switch (name) {
                case "--config" -> config = Optional.of(Path.of(value));
                case "--toolsets" -> {
                    Optional<Set<Category>> known = knownCategories(value);
                    if (known.isEmpty()) {
                        return Optional.empty();
                    }
                    categories = known.get();
                }
                case "--transport" -> {
                    if (!value.equals(Transport.stdio.name())) {
                        return Optional.empty();
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        boolean demo = seen.contains("--demo");
        if (demo && config.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new ServeSettings(Transport.stdio, HttpSettings.DEFAULT_PORT, HttpSettings.DEFAULT_BIND,
                List.of(), categories, seen.contains("--read-only"), seen.contains("--lazy"), demo, config,
                seen.contains("--strict")));
    }

    /** The category one {@code --toolsets} id names (spaces around it ignored), if a user may select it. */
    static Optional<Category> toolset(String id) {
        return Category.byId(id.trim()).filter(Category::selectable);
    }

    /** The categories of a {@code --toolsets} value, split as picocli does; none if one is unknown. */
    private static Optional<Set<Category>> knownCategories(String value) {
        Set<Category> categories = new HashSet<>();
        for (String id : value.split(",")) {
            Optional<Category> category = toolset(id);
            if (category.isEmpty()) {
                return Optional.empty();
            }
            categories.add(category.get());
        }
        return Optional.of(categories);
    }
}
