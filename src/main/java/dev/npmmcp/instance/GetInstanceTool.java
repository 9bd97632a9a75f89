package dev.npmmcp.instance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
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
                "Shows one instance's settings (address, TLS, login kind, tags, flags) and this session's "
                        + "last connection test; default: the instance calls go to. Credentials are masked.",
                Category.INSTANCE,
                new ToolHints(true, false, true, false),
                Input.class,
                Result.class));
        this.registry = registry;
    }

    record Input(
            Optional<String> instanceName,
            @JsonPropertyDescription("The login and which secrets are set, masked")
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
