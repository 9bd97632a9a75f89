package dev.npmmcp.instance;

import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Unadvertised;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code npm_validate_instance_config}: checks instance settings and the connection without changing anything. */
final class ValidateInstanceConfigTool
        extends Tool<ValidateInstanceConfigTool.Input, ValidateInstanceConfigTool.Result> {

    private final InstanceRegistry registry;

    ValidateInstanceConfigTool(InstanceRegistry registry) {
        super(new ToolSpec<>(
                "npm_validate_instance_config",
                "Checks instance settings (or a registered instance with only instance_name): "
                        + "reachability, TLS, login, version, latency.",
                Category.INSTANCE,
                ToolHints.reading(),
                Input.class,
                Result.class));
        this.registry = registry;
    }

    static final String CANDIDATE = "candidate";

    record Input(
            Optional<String> instanceName,
            Optional<String> host,
            Optional<Integer> port,
            Optional<Boolean> useHttps,
            Optional<Boolean> verifySsl,
            Optional<String> username,
            Optional<String> password,
            Optional<String> apiToken,
            Optional<String> totpSecret,
            Optional<String> caCert,
            @Unadvertised Optional<Boolean> setAsDefault,
            @Unadvertised Optional<Boolean> persistToFile,
            @Unadvertised Optional<String> configFile,
            Optional<String> description,
            Optional<List<String>> tags,
            Optional<Boolean> testConnection,
            Optional<Integer> timeout) {}

    record Result(
            String instance,
            boolean valid,
            List<String> problems,
            List<String> warnings,
            Optional<ConnectionReport> connection) {}

    @Override
    public Result call(ToolContext context, Input input) {
        List<String> warnings = new ArrayList<>();
        InstanceSpec spec;
        if (input.host().isEmpty()) {
            ConfiguredInstance instance = registry.instance(input.instanceName());
            spec = instance.spec();
            registry.warnings().stream().filter(w -> w.contains("'" + spec.name() + "'")).forEach(warnings::add);
        } else {
            String name = input.instanceName().filter(n -> !n.isBlank()).orElse(CANDIDATE);
            spec = new InstanceSpec(name, input.host().get(), input.port().orElse(InstanceSpec.DEFAULT_PORT),
                    input.useHttps().orElse(false), input.verifySsl().orElse(true), input.username(),
                    input.password(), input.apiToken(), input.totpSecret(), input.caCert().map(Path::of), false,
                    input.description(), input.tags().orElse(List.of()), input.timeout().map(Duration::ofSeconds));
            registry.instances().stream().filter(i -> i.name().equals(name)).findFirst().ifPresent(i -> warnings.add(
                    "an instance named '" + name + "' already exists: create would fail; use update to change it"));
        }
        List<String> problems = spec.problems("instance '" + spec.name() + "'");
        warnings.addAll(TransportWarnings.of(spec));
        Optional<ConnectionReport> report = problems.isEmpty() && input.testConnection().orElse(true)
                ? Optional.of(input.host().isEmpty() ? registry.test(spec.name()) : registry.test(spec))
                : Optional.empty();
        report.ifPresent(r -> problems.addAll(r.problems()));
        return new Result(spec.name(), problems.isEmpty(), problems, warnings, report);
    }

    @Override
    public Optional<String> render(Result output) {
        return Optional.of("The settings of instance '" + output.instance() + "' are "
                + (output.valid() ? "valid" : "NOT valid") + (output.connection().isEmpty() && output.valid()
                        ? " (not tested against NPM)." : ".")
                + output.problems().stream().map(p -> "\nProblem: " + p).collect(Collectors.joining())
                + output.warnings().stream().map(w -> "\nWarning: " + w).collect(Collectors.joining())
                + output.connection().map(c -> c.ok() ? "\n" + c.summary() : c.hint().map(h -> "\nNext step: " + h)
                        .orElse("")).orElse(""));
    }
}
