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

/** {@code npm_update_instance_credentials}: rotates the login this server uses for an instance. */
final class UpdateInstanceCredentialsTool
        extends Tool<UpdateInstanceCredentialsTool.Input, UpdateInstanceCredentialsTool.Result> {

    private final InstanceRegistry registry;

    UpdateInstanceCredentialsTool(InstanceRegistry registry) {
        super(new ToolSpec<>(
                "npm_update_instance_credentials",
                "Changes the login this server uses (npm_manage_user changes NPM's passwords); tests it "
                        + "first.",
                Category.INSTANCE,
                ToolHints.writing(true, true),
                Input.class,
                Result.class));
        this.registry = registry;
    }

    record Input(
            Optional<String> instanceName,
            Optional<String> newUsername,
            Optional<String> newPassword,
            Optional<String> newApiToken,
            @Default("true")
                    boolean testBeforeApplying,
            @Default("false") boolean persistToFile,
            @Default("true")
                    boolean invalidateCachedTokens) {}

    record Result(
            String instance,
            String authMethod,
            Optional<String> username,
            boolean tested,
            boolean tokensInvalidated,
            Optional<String> savedTo,
            Optional<ConnectionReport> connection,
            List<String> notes) {}

    @Override
    public Result call(ToolContext context, Input input) {
        String name = registry.instance(input.instanceName()).name();
        CredentialUpdate update = new CredentialUpdate(input.newUsername(), input.newPassword(), input.newApiToken());
        InstanceChange change = registry.rotateCredentials(name, update, input.testBeforeApplying(),
                input.persistToFile(), input.invalidateCachedTokens());
        InstanceSpec spec = change.instance().spec();
        return new Result(name,
                spec.authMethod() == InstanceSpec.AuthMethod.API_TOKEN ? "api_token" : "password",
                spec.username().map(CredentialMask::identity),
                input.testBeforeApplying(),
                input.invalidateCachedTokens(),
                change.savedTo().map(Path::toString),
                input.testBeforeApplying() ? registry.lastTest(name) : Optional.empty(),
                change.notes());
    }

    @Override
    public Optional<String> render(Result output) {
        return Optional.of("Instance '" + output.instance() + "' now logs in by "
                + InstanceView.loginKind(output.authMethod())
                + output.username().map(u -> " as " + u).orElse("")
                + (output.tested() ? ", tested before it was applied" : ", not tested")
                + (output.tokensInvalidated() ? "; cached tokens were dropped" : "")
                + output.savedTo().map(f -> "; saved to " + f).orElse("; for this session only") + "."
                + output.connection().map(c -> "\n" + c.summary()).orElse("")
                + output.notes().stream().map(n -> "\n" + n).collect(Collectors.joining()));
    }
}
