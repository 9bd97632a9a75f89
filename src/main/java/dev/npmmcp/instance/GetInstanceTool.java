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
final class GetInstanceTool implements Tool<GetInstanceTool.Input, GetInstanceTool.Result> {

    private final InstanceRegistry registry;

    GetInstanceTool(InstanceRegistry registry) {
        this.registry = registry;
    }

    record Input(
            @JsonPropertyDescription(InstanceParameters.INSTANCE_NAME_OPTIONAL) Optional<String> instanceName,
            @JsonPropertyDescription("Include the login and which secrets are set, masked (e.g. ad***@example.com,"
                            + " ********); secrets are never shown in clear")
                    @Default("false")
                    boolean showCredentials) {}

    record Result(
            @JsonPropertyDescription("The instance that answered") String instance,
            @JsonPropertyDescription("Its settings") InstanceView config) {}

    private static final ToolSpec<GetInstanceTool.Input, GetInstanceTool.Result> SPEC = new ToolSpec<>(
            "npm_get_instance",
            "Shows one NPM instance's settings: address, TLS, how it logs in, default/selected flags, tags, where"
                    + " it is defined, and the latest connection test of this session. Without instance_name it shows"
                    + " the instance calls currently go to. Changes nothing and contacts no NPM; credentials are only"
                    + " ever shown masked.",
            Category.INSTANCE,
            new ToolHints(true, false, true, false),
            Input.class,
            Result.class);

    @Override
    public ToolSpec<GetInstanceTool.Input, GetInstanceTool.Result> spec() {
        return SPEC;
    }

    @Override
    public Result call(ToolContext context, Input input) {
        ConfiguredInstance instance = registry.instance(input.instanceName());
        return new Result(instance.name(), InstanceView.of(instance, registry, input.showCredentials(),
                Optional.empty()));
    }
}
