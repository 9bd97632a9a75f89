package dev.npmmcp.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.npmmcp.doctor.Check;
import dev.npmmcp.doctor.Doctor;
import dev.npmmcp.doctor.DoctorReport;
import dev.npmmcp.instance.ConfiguredInstance;
import dev.npmmcp.instance.InstanceConfig;
import dev.npmmcp.instance.InstanceConfigException;
import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.security.logging.LogRedaction;
import dev.npmmcp.tool.ToolJson;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code doctor}: what is wrong with this setup, instance by instance, before an LLM conversation finds out. */
@Command(
        name = "doctor",
        mixinStandardHelpOptions = true,
        description = "Check the configuration and each NPM instance (secrets, DNS, port, TLS, login, version,"
                + " permissions); exit 0 only when nothing fails.")
final class DoctorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--instance", description = "Check only this instance")
    Optional<String> instance = Optional.empty();

    @Option(names = "--json", description = "Print the report as JSON, for scripts")
    boolean json;

    @Option(names = "--config", description = "The instances file (instances.yaml)")
    Optional<Path> config = Optional.empty();

    @Option(names = "--timeout", description = "Seconds to wait for each network step (default 5)")
    int timeoutSeconds = 5;

    private final Keyring keyring;
    private final Supplier<InstanceConfigLoader> loaders;

    DoctorCommand(Keyring keyring, Supplier<InstanceConfigLoader> loaders) {
        this.keyring = keyring;
        this.loaders = loaders;
    }

    @Override
    public Integer call() throws Exception {
        Redactor redactor = LogRedaction.redactor().orElseGet(Redactor::new);
        InstanceConfigLoader loader = loaders.get();
        List<Check> configuration = new ArrayList<>();
        Path file = loader.configFile(config);
        InstanceConfig loaded;
        try {
            loaded = loader.load(config);
        } catch (InstanceConfigException e) {
            configuration.add(check("configuration", Check.Verdict.FAIL, "cannot be used: "
                    + String.join("; ", e.problems()), "Fix the entries named above in " + file + "."));
            return print(new DoctorReport(configuration, List.of()));
        }
        configuration.add(check("configuration", Check.Verdict.OK, loaded.instances().size() + " instance(s), from "
                + (Files.exists(file) ? file.toString() : "the environment (no " + file + ")"), ""));
        loaded.exposedSecrets().ifPresent(exposed -> configuration.add(
                check("file permissions", Check.Verdict.FAIL, exposed, "chmod 600 " + file
                        + ", or replace the secrets with ${VAR}, keyring: or file: references.")));
        loaded.warnings().stream().filter(w -> loaded.exposedSecrets().map(e -> !e.equals(w)).orElse(true))
                .forEach(w -> configuration.add(check("configuration", Check.Verdict.WARN, w,
                        "Fix it in " + file + " if it is not what you meant.")));
        TokenStore tokens;
        try {
            tokens = TokenCaches.forSettings(loaded.settings(), loader.environment(), keyring);
            configuration.add(check("token cache", Check.Verdict.OK, loaded.settings().cacheTokens()
                    ? "login tokens are kept encrypted in " + loaded.settings().tokenCacheDir()
                    : "login tokens are not cached (cache_tokens: false): every start logs in", ""));
        } catch (IllegalStateException e) {
            configuration.add(check("token cache", Check.Verdict.FAIL, e.getMessage(),
                    "Set NPM_MCP_ENCRYPTION_KEY (bin/npm-mcp keygen makes one), or cache_tokens: false."));
            tokens = TokenStore.inMemory();
        }
        List<ConfiguredInstance> chosen = loaded.instances().stream()
                .filter(i -> instance.map(name -> name.equals(i.name())).orElse(true))
                .toList();
        if (loaded.instances().isEmpty()) {
            configuration.add(check("instances", Check.Verdict.FAIL, "no NPM instance is configured",
                    "Set NPM_URL, NPM_IDENTITY and NPM_SECRET, or add instances to " + file
                            + " (bin/npm-mcp instances add)."));
        } else if (chosen.isEmpty()) {
            configuration.add(check("instances", Check.Verdict.FAIL, "no instance is named '" + instance.orElse("")
                    + "'", "Use one of: " + loaded.instances().stream().map(ConfiguredInstance::name).toList()));
        }
        try (InstanceRegistry registry = InstanceRegistry.open(loaded, loader, tokens, redactor, keyring)) {
            Doctor doctor = new Doctor(registry, Duration.ofSeconds(timeoutSeconds));
            List<DoctorReport.InstanceChecks> instances = chosen.stream().map(doctor::check).toList();
            return print(new DoctorReport(configuration, instances));
        }
    }

    private int print(DoctorReport report) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = ToolJson.newMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(new Json(report.passed(), report)));
        } else {
            out.println(report.text());
        }
        out.flush();
        return report.passed() ? 0 : 1;
    }

    private record Json(boolean passed, DoctorReport report) {}

    private static Check check(String name, Check.Verdict verdict, String found, String next) {
        return new Check(name, verdict, found, next.isEmpty() ? Optional.empty() : Optional.of(next));
    }
}
