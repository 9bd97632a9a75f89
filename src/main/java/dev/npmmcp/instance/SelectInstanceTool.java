package dev.npmmcp.instance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import java.util.Optional;

/** {@code npm_select_instance}: the instance later calls without instance_name go to. */
final class SelectInstanceTool implements Tool<SelectInstanceTool.Input, SelectInstanceTool.Result> {

    record Input(
            @JsonPropertyDescription(InstanceParameters.INSTANCE_NAME) String instanceName,
            @JsonPropertyDescription("Test the instance first and keep the current selection if it fails"
                            + " (default true)")
                    @Default("true")
                    boolean testConnection) {}

    record Result(
            @JsonPropertyDescription("The instance now selected") String instance,
            @JsonPropertyDescription("The instance selected before, if any") Optional<String> previous,
            @JsonPropertyDescription("What happened, in one sentence") String message,
            @JsonPropertyDescription("The connection test, when one ran") Optional<ConnectionReport> connection) {}

    @Override
    public String name() {
        return "npm_select_instance";
    }

    @Override
    public String description() {
        return "Selects the NPM instance that later tool calls without instance_name go to, for this session (the"
                + " default instance is unchanged; see npm_set_default_instance). By default it tests the instance"
                + " first and keeps the previous selection if the test fails. Changes nothing in NPM or on disk.";
    }

    @Override
    public Category category() {
        return Category.INSTANCE;
    }

    @Override
    public ToolHints hints() {
        // session state only: stays usable in read-only mode
        return new ToolHints(true, false, true, true);
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<Result> outputType() {
        return Result.class;
    }

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceRegistry registry = context.instances();
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
}
