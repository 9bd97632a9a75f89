package dev.npmmcp.instance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import java.util.Optional;

/** {@code npm_get_instance}: one instance's settings. */
final class GetInstanceTool implements Tool<GetInstanceTool.Input, GetInstanceTool.Result> {

    record Input(
            @JsonPropertyDescription(InstanceParameters.INSTANCE_NAME_OPTIONAL) Optional<String> instanceName,
            @JsonPropertyDescription("Include the login and which secrets are set, masked (e.g. ad***@example.com,"
                            + " ********); secrets are never shown in clear")
                    @Default("false")
                    boolean showCredentials) {}

    record Result(
            @JsonPropertyDescription("The instance that answered") String instance,
            @JsonPropertyDescription("Its settings") InstanceView config) {}

    @Override
    public String name() {
        return "npm_get_instance";
    }

    @Override
    public String description() {
        return "Shows one NPM instance's settings: address, TLS, how it logs in, default/selected flags, tags, where"
                + " it is defined, and the latest connection test of this session. Without instance_name it shows"
                + " the instance calls currently go to. Changes nothing and contacts no NPM; credentials are only"
                + " ever shown masked.";
    }

    @Override
    public Category category() {
        return Category.INSTANCE;
    }

    @Override
    public ToolHints hints() {
        return new ToolHints(true, false, true, false);
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
        ConfiguredInstance instance = registry.instance(input.instanceName());
        return new Result(instance.name(), InstanceView.of(instance, registry, input.showCredentials(),
                Optional.empty()));
    }
}
