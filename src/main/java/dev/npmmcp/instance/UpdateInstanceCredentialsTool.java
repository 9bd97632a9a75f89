package dev.npmmcp.instance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code npm_update_instance_credentials}: rotates the login this server uses for an instance. */
final class UpdateInstanceCredentialsTool
        implements Tool<UpdateInstanceCredentialsTool.Input, UpdateInstanceCredentialsTool.Result> {

    private final InstanceRegistry registry;

    UpdateInstanceCredentialsTool(InstanceRegistry registry) {
        this.registry = registry;
    }

    record Input(
            @JsonPropertyDescription(InstanceParameters.INSTANCE_NAME_OPTIONAL) Optional<String> instanceName,
            @JsonPropertyDescription("New NPM login (email); the password is kept unless new_password is given")
                    Optional<String> newUsername,
            @JsonPropertyDescription("New NPM password") Optional<String> newPassword,
            @JsonPropertyDescription("New API token, used instead of username and password")
                    Optional<String> newApiToken,
            @JsonPropertyDescription("Log in with the new credentials first and change nothing if NPM refuses them"
                            + " (default true)")
                    @Default("true")
                    boolean testBeforeApplying,
            @JsonPropertyDescription(InstanceParameters.PERSIST) @Default("false") boolean persistToFile,
            @JsonPropertyDescription("Drop the login tokens cached for the old credentials (default true)")
                    @Default("true")
                    boolean invalidateCachedTokens) {}

    record Result(
            @JsonPropertyDescription("The instance whose credentials changed") String instance,
            @JsonPropertyDescription("How it logs in now: password or api_token") String authMethod,
            @JsonPropertyDescription("The login now used, masked") Optional<String> username,
            @JsonPropertyDescription("Whether NPM accepted the new credentials before they were applied")
                    boolean tested,
            @JsonPropertyDescription("Whether cached tokens of the old credentials were dropped")
                    boolean tokensInvalidated,
            @JsonPropertyDescription("The file the change was saved to; absent when it holds for this session only")
                    Optional<String> savedTo,
            @JsonPropertyDescription("The test of the new credentials, when one ran")
                    Optional<ConnectionReport> connection,
            @JsonPropertyDescription("Things to tell the user about the change") List<String> notes) {}

    private static final ToolSpec<UpdateInstanceCredentialsTool.Input, UpdateInstanceCredentialsTool.Result> SPEC = new ToolSpec<>(
            "npm_update_instance_credentials",
            "Replaces the credentials this server uses to log in to an NPM instance, e.g. after the user changed"
                    + " the password in NPM. It does not change the password inside NPM (npm_manage_user does). By"
                    + " default the new credentials are tested first (nothing changes if NPM refuses them) and tokens"
                    + " cached for the old ones are dropped. persist_to_file=true saves them to the instances file.",
            Category.INSTANCE,
            ToolHints.writing(true, true),
            Input.class,
            Result.class);

    @Override
    public ToolSpec<UpdateInstanceCredentialsTool.Input, UpdateInstanceCredentialsTool.Result> spec() {
        return SPEC;
    }

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
}
