package dev.npmmcp.instance;

import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.Optional;

/** {@code npm_get_instance}: one instance's settings. */
final class GetInstanceTool extends Tool<GetInstanceTool.Input, GetInstanceTool.Result> {

    private final InstanceRegistry registry;

    GetInstanceTool(InstanceRegistry registry) {
        super(new ToolSpec<>(
                "npm_get_instance",
                "One instance's settings and last test; credentials masked.",
                Category.INSTANCE,
                new ToolHints(true, false, true, false),
                Input.class,
                Result.class));
        this.registry = registry;
    }

    record Input(
            Optional<String> instanceName,
            @Default("false")
                    boolean showCredentials) {}

    record Result(
            String instance,
            InstanceView config) {}

    @Override
    public Result call(ToolContext context, Input input) {
        ConfiguredInstance instance = registry.instance(input.instanceName());
        return new Result(instance.name(), InstanceView.of(instance, registry, input.showCredentials(),
                Optional.empty()));
    }

    @Override
    public Optional<String> render(Result output) {
        return Optional.of("Instance " + output.config().summary()
                + output.config().connection().map(c -> "\nLast test: " + c.summary()).orElse(""));
    }
}
