package dev.npmmcp.instance;

import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code npm_list_instances}: every instance, optionally filtered and tested. */
final class ListInstancesTool extends Tool<ListInstancesTool.Input, ListInstancesTool.Result> {

    private final InstanceRegistry registry;

    ListInstancesTool(InstanceRegistry registry) {
        super(new ToolSpec<>(
                "npm_list_instances",
                "The NPM instances configured here, and the default.",
                Category.INSTANCE,
                ToolHints.reading(),
                Input.class,
                Result.class));
        this.registry = registry;
    }

    record Input(
            Optional<List<String>> filterTags,
            Optional<Boolean> filterConnected,
            @Default("false")
                    boolean showCredentials,
            @Default("false")
                    boolean includeTestResults) {}

    record Result(
            List<InstanceView> instances,
            int total,
            Optional<String> current,
            Optional<String> selected,
            Optional<String> defaultInstance,
            String configFile) {}

    @Override
    public Result call(ToolContext context, Input input) {
        List<String> wantedTags = input.filterTags().orElse(List.of());
        boolean test = input.includeTestResults() || input.filterConnected().isPresent();
        List<InstanceView> views = registry.instances().stream()
                .filter(i -> i.spec().tags().containsAll(wantedTags))
                .map(i -> InstanceView.of(i, registry, input.showCredentials(),
                        test ? Optional.of(registry.test(i.name())) : Optional.empty()))
                .filter(v -> input.filterConnected()
                        .map(wanted -> v.connection().map(ConnectionReport::ok).orElse(false) == wanted)
                        .orElse(true))
                .toList();
        Optional<String> current = registry.instances().isEmpty()
                ? Optional.empty()
                : Optional.of(registry.instance(Optional.empty()).name());
        return new Result(views, registry.instances().size(), current, registry.selected(),
                registry.defaultInstance(), registry.configFile().toString());
    }

    @Override
    public Optional<String> render(Result output) {
        if (output.instances().isEmpty()) {
            return Optional.of(output.total() == 0
                    ? "No NPM instance is configured; add one with npm_manage_instance operation=create."
                    : "No instance matches the filters (" + output.total() + " configured).");
        }
        return Optional.of(output.instances().size() + " of " + output.total() + " instance(s)"
                + output.current().map(c -> "; calls without instance_name go to '" + c + "'").orElse("") + ":"
                + output.instances().stream()
                        .map(v -> "\n" + v.summary() + v.connection().map(c -> "\n  " + c.summary()).orElse(""))
                        .collect(Collectors.joining()));
    }
}
