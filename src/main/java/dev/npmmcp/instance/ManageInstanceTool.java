package dev.npmmcp.instance;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import dev.npmmcp.tool.Unadvertised;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code npm_manage_instance}: adds, changes, removes or tests an NPM instance. */
final class ManageInstanceTool extends Tool<ManageInstanceTool.Input, ManageInstanceTool.Result> {

    private final InstanceRegistry registry;

    ManageInstanceTool(InstanceRegistry registry) {
        super(new ToolSpec<>(
                "npm_manage_instance",
                "An NPM instance this server manages (delete removes it here only); create tests it "
                        + "first. Changes last this session unless persist_to_file.",
                Category.INSTANCE,
                ToolHints.writing(true, false),
                Input.class,
                Result.class));
        this.registry = registry;
    }

    enum Operation {
        @JsonProperty("create")
        CREATE,
        @JsonProperty("update")
        UPDATE,
        @JsonProperty("delete")
        DELETE,
        @JsonProperty("test")
        TEST
    }

    record Input(
            Operation operation,
            Optional<String> instanceName,
            @JsonPropertyDescription("No scheme or port") Optional<String> host,
            Optional<Integer> port,
            Optional<Boolean> useHttps,
            Optional<Boolean> verifySsl,
            Optional<String> username,
            Optional<String> password,
            @JsonPropertyDescription("Instead of username and password") Optional<String> apiToken,
            @JsonPropertyDescription("Base32, if 2FA is on") Optional<String> totpSecret,
            Optional<String> caCert,
            @Default("false")
                    boolean setAsDefault,
            @Default("false") boolean persistToFile,
            Optional<String> configFile,
            Optional<String> description,
            Optional<List<String>> tags,
            @Default("true")
                    boolean testConnection,
            Optional<Integer> timeout,
            @Unadvertised @Default("false") boolean confirm) {}

    record Result(
            String operation,
            String instance,
            String message,
            Optional<InstanceView> config,
            Optional<ConnectionReport> connection,
            Optional<String> savedTo,
            List<String> notes) {}

    @Override
    public Result call(ToolContext context, Input input) {
        Optional<Path> file = input.configFile().filter(f -> !f.isBlank()).map(Path::of);
        return switch (input.operation()) {
            case CREATE -> create(registry, input, file);
            case UPDATE -> update(context, registry, input, file);
            case DELETE -> {
                InstanceChange change = registry.delete(named(input, "delete"), input.persistToFile(), file);
                yield new Result("delete", change.instance().name(), "Removed instance '" + change.instance().name()
                                + "' from this server" + savedText(change) + "; nothing inside NPM was changed.",
                        Optional.empty(), Optional.empty(), change.savedTo().map(Path::toString), change.notes());
            }
            case TEST -> {
                ConfiguredInstance instance = registry.instance(input.instanceName());
                ConnectionReport report = registry.test(instance.name());
                yield new Result("test", instance.name(), report.summary(),
                        Optional.of(InstanceView.of(instance, registry, false, Optional.empty()).withoutConnection()),
                        Optional.of(report), Optional.empty(), List.of());
            }
        };
    }

    private Result create(InstanceRegistry registry, Input input, Optional<Path> file) {
        InstanceSpec spec = new InstanceSpec(
                named(input, "create"),
                input.host().orElseThrow(() -> new ToolFailure("create needs host.",
                        "Pass host (NPM's host name or IP address) and call npm_manage_instance again.")),
                input.port().orElse(InstanceSpec.DEFAULT_PORT),
                input.useHttps().orElse(false),
                input.verifySsl().orElse(true),
                input.username(),
                input.password(),
                input.apiToken(),
                input.totpSecret(),
                input.caCert().map(Path::of),
                input.setAsDefault(),
                input.description(),
                input.tags().orElse(List.of()),
                input.timeout().map(Duration::ofSeconds));
        Optional<ConnectionReport> report = testFirst(registry, spec, input.testConnection(), "create");
        InstanceChange change = registry.create(spec, input.persistToFile(), file);
        return new Result("create", spec.name(), "Added instance '" + spec.name() + "' (" + spec.baseUri() + ")"
                        + savedText(change) + ".",
                Optional.of(InstanceView.of(change.instance(), registry, false, Optional.empty()).withoutConnection()),
                report,
                change.savedTo().map(Path::toString), change.notes());
    }

    private Result update(ToolContext context, InstanceRegistry registry, Input input, Optional<Path> file) {
        InstanceSpec old = registry.instance(Optional.of(named(input, "update"))).spec();
        InstanceSpec merged = new InstanceSpec(
                old.name(),
                input.host().orElse(old.host()),
                input.port().orElse(old.port()),
                input.useHttps().orElse(old.useHttps()),
                input.verifySsl().orElse(old.verifySsl()),
                old.username(),
                old.password(),
                old.apiToken(),
                input.totpSecret().or(old::totpSecret),
                input.caCert().map(Path::of).or(old::caCert),
                old.isDefault() || input.setAsDefault(),
                input.description().or(old::description),
                input.tags().orElse(old.tags()),
                input.timeout().map(Duration::ofSeconds).or(old::timeout));
        List<String> notes = new ArrayList<>();
        if (input.username().isPresent() || input.password().isPresent() || input.apiToken().isPresent()) {
            CredentialUpdate credentials = new CredentialUpdate(input.username(), input.password(), input.apiToken());
            merged = credentials.applyTo(merged);
            credentials.note(old).ifPresent(notes::add);
        }
        if (merged.equals(old)) {
            throw new ToolFailure("update of '" + old.name() + "' changes nothing: every parameter given already has"
                    + " that value.", "Pass the settings to change (host, port, use_https, ...), or nothing needs"
                    + " doing.");
        }
        boolean newSecret = input.password().isPresent() || input.apiToken().isPresent();
        if (!newSecret && !merged.baseUri().equals(old.baseUri())) {
            // before the connection test, which would already log in at the new address
            context.requireConfirmation("move instance '" + old.name() + "' from " + old.baseUri() + " to "
                    + merged.baseUri() + " with its stored credentials, which npm-mcp then sends to "
                    + merged.baseUri() + " to log in", input.confirm());
        }
        Optional<ConnectionReport> report = testFirst(registry, merged, input.testConnection(), "update");
        InstanceChange change = registry.update(merged, input.persistToFile(), file);
        notes.addAll(change.notes());
        return new Result("update", merged.name(), "Updated instance '" + merged.name() + "'" + savedText(change)
                        + ".",
                Optional.of(InstanceView.of(change.instance(), registry, false, Optional.empty()).withoutConnection()),
                report,
                change.savedTo().map(Path::toString), notes);
    }

    private static Optional<ConnectionReport> testFirst(
            InstanceRegistry registry, InstanceSpec spec, boolean test, String verb) {
        if (!test) {
            return Optional.empty();
        }
        ConnectionReport report = registry.test(spec);
        if (!report.ok()) {
            throw new ToolFailure("Instance '" + spec.name() + "' was not " + verb + "d: the connection test failed: "
                            + String.join("; ", report.problems()),
                    report.hint().orElse("Check the settings.") + " To " + verb + " it anyway, call again with"
                            + " test_connection=false.");
        }
        return Optional.of(report);
    }

    /** Only a test may fall back to the current instance: a change must say which instance it is for. */
    private static String named(Input input, String operation) {
        return input.instanceName().filter(name -> !name.isBlank()).orElseThrow(() -> new ToolFailure(
                operation + " needs instance_name.", operation.equals("create")
                        ? "Pass instance_name, the new instance's name, with host and the credentials."
                        : "Pass the name of the instance to " + operation + " (npm_list_instances shows them)."));
    }

    private static String savedText(InstanceChange change) {
        return change.savedTo().map(path -> " and saved it to " + path).orElse(" for this session");
    }

    @Override
    public Optional<String> render(Result output) {
        return Optional.of(output.message()
                + output.config().map(c -> "\nInstance " + c.summary()).orElse("")
                // a test's message is already the report's summary
                + output.connection().filter(c -> !output.operation().equals("test"))
                        .map(c -> "\n" + c.summary()).orElse("")
                + output.notes().stream().map(n -> "\n" + n).collect(Collectors.joining()));
    }
}
