package dev.npmmcp.instance;

import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code npm_set_default_instance}: the instance used when none is named or selected. */
final class SetDefaultInstanceTool extends Tool<SetDefaultInstanceTool.Input, SetDefaultInstanceTool.Result> {

    private final InstanceRegistry registry;

    SetDefaultInstanceTool(InstanceRegistry registry) {
        super(new ToolSpec<>(
                "npm_set_default_instance",
                "Makes an instance the default when none is selected.",
                Category.INSTANCE,
                new ToolHints(false, false, true, false),
                Input.class,
                Result.class));
        this.registry = registry;
    }

    record Input(
            String instanceName,
            @Default("false")
                    boolean persistToFile) {}

    record Result(
            String instance,
            Optional<String> previous,
            Optional<String> savedTo,
            String message,
            List<String> notes) {}

    @Override
    public Result call(ToolContext context, Input input) {
        Optional<String> previous = registry.defaultInstance();
        InstanceChange change = registry.setDefault(input.instanceName(), input.persistToFile());
        String name = change.instance().name();
        return new Result(name, previous, change.savedTo().map(Path::toString),
                "'" + name + "' is now the default instance"
                        + change.savedTo().map(p -> ", saved to " + p).orElse(" for this session") + "."
                        + registry.selected().filter(s -> !s.equals(name))
                                .map(s -> " Calls without instance_name still go to the selected instance '" + s
                                        + "'.")
                                .orElse(""),
                change.notes());
    }

    @Override
    public Optional<String> render(Result output) {
        return Optional.of(output.message() + output.notes().stream().map(n -> "\n" + n).collect(Collectors.joining()));
    }
}
