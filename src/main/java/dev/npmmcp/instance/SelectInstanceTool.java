package dev.npmmcp.instance;

import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.Optional;

/** {@code npm_select_instance}: the instance later calls without instance_name go to. */
final class SelectInstanceTool extends Tool<SelectInstanceTool.Input, SelectInstanceTool.Result> {

    private final InstanceRegistry registry;

    SelectInstanceTool(InstanceRegistry registry) {
        super(new ToolSpec<>(
                "npm_select_instance",
                "Sends later calls without instance_name to this instance, for the session.",
                Category.INSTANCE,
                // session state only: stays usable in read-only mode
                new ToolHints(true, false, true, true),
                Input.class,
                Result.class));
        this.registry = registry;
    }

    record Input(
            String instanceName,
            @Default("true")
                    boolean testConnection) {}

    record Result(
            String instance,
            Optional<String> previous,
            String message,
            Optional<ConnectionReport> connection) {}

    @Override
    public Result call(ToolContext context, Input input) {
        Optional<String> previous = registry.selected();
        String name = registry.instance(Optional.of(input.instanceName())).name();
        Optional<ConnectionReport> report = Optional.empty();
        if (input.testConnection()) {
            ConnectionReport tested = registry.test(name);
            if (!tested.ok()) {
                throw new ToolFailure("Instance '" + name + "' was not selected: " + String.join("; ",
                                tested.problems()) + previous.map(p -> " ('" + p + "' stays selected)").orElse(""),
                        tested.hint().orElse("Check the instance.") + " To select it anyway, call again with"
                                + " test_connection=false.");
            }
            report = Optional.of(tested);
        }
        registry.select(name);
        return new Result(name, previous, "Calls without instance_name now go to '" + name + "'"
                + report.map(r -> "; " + r.summary()).orElse("."), report);
    }

    @Override
    public Optional<String> render(Result output) {
        return Optional.of(output.message());
    }
}
