package dev.npmmcp.instance;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the instance configuration the way the seed server did: the instances file ({@code instances.yaml}), then
 * {@code NPM_INSTANCES} (a JSON list of the same objects), then the single-instance shorthand {@code NPM_URL} +
 * {@code NPM_IDENTITY} + {@code NPM_SECRET}. An instance from the environment replaces a file entry of the same name.
 * The environment is a map given to the constructor, never read behind the caller's back.
 */
public final class InstanceConfigLoader {

    static final String INSTANCES_VARIABLE = "NPM_INSTANCES";
    static final String URL_VARIABLE = "NPM_URL";
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("instances", "settings");
    private static final Set<String> SETTINGS_KEYS =
            Set.of("default_timeout", "retry_attempts", "log_level", "cache_tokens", "token_cache_dir", "call_budget");
    static final String CALL_BUDGET_VARIABLE = "NPM_MCP_CALL_BUDGET";

    private final Map<String, String> env;
    private final Path home;
    private final EnvSubstitution substitution;

    public InstanceConfigLoader(Map<String, String> env, Path home) {
        this.env = Map.copyOf(env);
        this.home = home;
        this.substitution = new EnvSubstitution(env);
    }

    /** The loader for this process: its environment and its home ({@code $HOME}, else the account's). */
    public static InstanceConfigLoader fromProcess() {
        Map<String, String> env = System.getenv();
        return new InstanceConfigLoader(env, ConfigPaths.home(env, Path.of(System.getProperty("user.home"))));
    }

    /** The environment this loader resolves against (the token cache's key variable is read from it too). */
    public Map<String, String> environment() {
        return env;
    }

    /** Whether this loader's environment sets {@code variable}, so a {@code ${VAR}} reference to it resolves. */
    public boolean defines(String variable) {
        return env.containsKey(variable);
    }

    /** The home directory that {@code ~/} in configured paths stands for. */
    Path home() {
        return home;
    }

    /** The file that is read and that saved changes go to: explicit, else NPM_MCP_CONFIG, else the home default. */
    public Path configFile(Optional<Path> explicit) {
        return ConfigPaths.configFile(explicit, env, home);
    }

    /** The writer for an instances file, resolving {@code ${VAR}} against this loader's environment. */
    public InstanceConfigFile file(Path path) {
        return new InstanceConfigFile(path, substitution);
    }

    public InstanceConfig load(Optional<Path> explicit) {
        Path file = configFile(explicit);
        List<String> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        InstanceSettings settings = InstanceSettings.defaults(ConfigPaths.tokenCacheDir(env, home));
        Map<String, ConfiguredInstance> byName = new LinkedHashMap<>();
        Optional<String> exposedSecrets = Optional.empty();

        if (Files.isRegularFile(file)) {
            ObjectNode root = InstanceYaml.parseYaml(read(file), file.toString());
            exposedSecrets = FilePermissions.exposedSecrets(file, root);
            exposedSecrets.ifPresent(warnings::add);
            ObjectNode resolved = (ObjectNode) InstanceYaml.resolve(root, substitution, file.toString());
            unknownKeys(resolved, TOP_LEVEL_KEYS, file + ": top-level", warnings);
            settings = settings(resolved.get("settings"), file.toString(), problems, warnings);
            JsonNode list = resolved.get("instances");
            if (list != null && !list.isNull() && !(list instanceof ArrayNode)) {
                problems.add(file + ": 'instances' must be a list (each entry starting with '- name: ...')");
            } else if (list != null) {
                addAll((ArrayNode) list, file.toString(), new InstanceSource.File(file), byName, problems, warnings);
            }
        } else if (Files.exists(file)) {
            problems.add(file + " is not a regular file; point NPM_MCP_CONFIG at an instances.yaml file");
        }

        settings = withBudgetFromEnvironment(settings, problems);

        String instancesJson = env.get(INSTANCES_VARIABLE);
        if (instancesJson != null && !instancesJson.isBlank()) {
            ArrayNode parsed = InstanceYaml.parseJsonArray(instancesJson, INSTANCES_VARIABLE);
            ArrayNode resolved = (ArrayNode) InstanceYaml.resolve(parsed, substitution, INSTANCES_VARIABLE);
            addAll(resolved, INSTANCES_VARIABLE, new InstanceSource.Environment(INSTANCES_VARIABLE), byName,
                    problems, warnings);
        }
        shorthand(problems).ifPresent(spec -> put(
                byName, new ConfiguredInstance(spec, new InstanceSource.Environment(URL_VARIABLE)), warnings));

        if (byName.isEmpty() && !Files.exists(file)) {
            // only worth saying when nothing is configured at all: with NPM_URL or NPM_INSTANCES it is the normal case
            warnings.add("no instances file at " + file + " and no NPM_URL or NPM_INSTANCES; add an instance with"
                    + " npm_manage_instance (persist_to_file=true creates the file) or set NPM_URL");
        }
        List<String> defaults = byName.values().stream()
                .filter(i -> i.spec().isDefault())
                .map(ConfiguredInstance::name)
                .toList();
        if (defaults.size() > 1) {
            problems.add("more than one instance is marked default: true (" + String.join(", ", defaults)
                    + "); keep it on one of them");
        }
        if (!problems.isEmpty()) {
            throw new InstanceConfigException(problems);
        }
        return new InstanceConfig(List.copyOf(byName.values()), settings, file, warnings, exposedSecrets);
    }

    private void addAll(
            ArrayNode list,
            String where,
            InstanceSource source,
            Map<String, ConfiguredInstance> byName,
            List<String> problems,
            List<String> warnings) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            String label = where + ", instance #" + (i + 1);
            if (!(node instanceof ObjectNode object)) {
                problems.add(label + " must be a mapping (name:, host:, ...)");
                continue;
            }
            JsonNode name = object.get(InstanceEntry.NAME);
            if (name != null && name.isTextual()) {
                label = where + ", instance '" + name.textValue() + "'";
            }
            unknownKeys(object, InstanceEntry.KEYS, label, warnings);
            Optional<InstanceEntry> entry = map(object, InstanceEntry.class, label, problems);
            if (entry.isEmpty()) {
                continue;
            }
            InstanceSpec spec = entry.get().toSpec(home);
            List<String> specProblems = spec.problems(label);
            problems.addAll(specProblems);
            if (!specProblems.isEmpty()) {
                continue;
            }
            if (!seen.add(spec.name())) {
                problems.add(label + ": the name is used twice in " + where + "; instance names must be unique");
                continue;
            }
            put(byName, new ConfiguredInstance(spec, source), warnings);
        }
    }

    private static void put(
            Map<String, ConfiguredInstance> byName, ConfiguredInstance instance, List<String> warnings) {
        ConfiguredInstance replaced = byName.put(instance.name(), instance);
        if (replaced != null) {
            warnings.add("instance '" + instance.name() + "' from " + instance.source().describe() + " replaces the"
                    + " one from " + replaced.source().describe());
        }
    }

    /** {@code NPM_URL} + {@code NPM_IDENTITY} + {@code NPM_SECRET}: one instance, the common homelab case. */
    private Optional<InstanceSpec> shorthand(List<String> problems) {
        String url = env.get(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            problems.add(URL_VARIABLE + " is not a URL; write it like http://npm.lan:81");
            return Optional.empty();
        }
        String scheme = Optional.ofNullable(uri.getScheme()).orElse("");
        String path = Optional.ofNullable(uri.getPath()).orElse("");
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            problems.add(URL_VARIABLE + " must start with http:// or https:// and name a host, e.g. http://npm.lan:81");
            return Optional.empty();
        }
        if (!path.isEmpty() && !path.equals("/") && !path.equals("/api") && !path.equals("/api/")) {
            problems.add(URL_VARIABLE + " must be NPM's address without a path (http://npm.lan:81), not " + path);
            return Optional.empty();
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80;
        String host = uri.getHost().startsWith("[")
                ? uri.getHost().substring(1, uri.getHost().length() - 1)
                : uri.getHost();
        InstanceSpec spec = new InstanceSpec(
                nonBlank("NPM_INSTANCE_NAME").orElse("default"),
                host,
                port,
                https,
                nonBlank("NPM_VERIFY_SSL").map(v -> !v.equalsIgnoreCase("false") && !v.equals("0"))
                        .orElse(true),
                nonBlank("NPM_IDENTITY"),
                nonBlank("NPM_SECRET"),
                nonBlank("NPM_API_TOKEN"),
                nonBlank("NPM_TOTP_SECRET"),
                nonBlank("NPM_CA_CERT").map(p -> ConfigPaths.expandHome(p, home)),
                false,
                Optional.of("from " + URL_VARIABLE),
                List.of(),
                Optional.empty());
        List<String> specProblems =
                spec.problems(URL_VARIABLE + " (with NPM_IDENTITY, NPM_SECRET or NPM_API_TOKEN, NPM_TOTP_SECRET)");
        problems.addAll(specProblems);
        return specProblems.isEmpty() ? Optional.of(spec) : Optional.empty();
    }

    private Optional<String> nonBlank(String variable) {
        return Optional.ofNullable(env.get(variable)).filter(v -> !v.isBlank());
    }

    /** {@value #CALL_BUDGET_VARIABLE} over the file's call budget: MCP client configurations set variables. */
    private InstanceSettings withBudgetFromEnvironment(InstanceSettings settings, List<String> problems) {
        Optional<String> budget = nonBlank(CALL_BUDGET_VARIABLE).map(String::strip);
        if (budget.isEmpty()) {
            return settings;
        }
        if (!budget.get().matches("[1-9][0-9]{0,4}")) {
            problems.add(CALL_BUDGET_VARIABLE + " must be a positive number of seconds, was '" + budget.get() + "'");
            return settings;
        }
        return new InstanceSettings(settings.defaultTimeout(), settings.retryAttempts(), settings.logLevel(),
                settings.cacheTokens(), settings.tokenCacheDir(), Duration.ofSeconds(Long.parseLong(budget.get())));
    }

    private InstanceSettings settings(JsonNode node, String where, List<String> problems, List<String> warnings) {
        InstanceSettings defaults = InstanceSettings.defaults(ConfigPaths.tokenCacheDir(env, home));
        if (node == null || node.isNull()) {
            return defaults;
        }
        if (!(node instanceof ObjectNode object)) {
            problems.add(where + ": 'settings' must be a mapping");
            return defaults;
        }
        unknownKeys(object, SETTINGS_KEYS, where + ", settings", warnings);
        return map(object, SettingsEntry.class, where + ", settings", problems)
                .map(s -> {
                    InstanceSettings settings = new InstanceSettings(
                            s.defaultTimeout().map(Duration::ofSeconds).orElse(defaults.defaultTimeout()),
                            s.retryAttempts().orElse(defaults.retryAttempts()),
                            s.logLevel().orElse(defaults.logLevel()),
                            s.cacheTokens().orElse(defaults.cacheTokens()),
                            s.tokenCacheDir().map(p -> ConfigPaths.expandHome(p, home))
                                    .orElse(defaults.tokenCacheDir()),
                            s.callBudget().map(Duration::ofSeconds).orElse(defaults.callBudget()));
                    if (!settings.defaultTimeout().isPositive()) {
                        problems.add(where + ", settings: default_timeout must be a positive number of seconds");
                    }
                    if (settings.retryAttempts() < 0 || settings.retryAttempts() > 10) {
                        problems.add(where + ", settings: retry_attempts must be between 0 and 10");
                    }
                    if (!settings.callBudget().isPositive()) {
                        problems.add(where + ", settings: call_budget must be a positive number of seconds");
                    }
                    return settings;
                })
                .orElse(defaults);
    }

    private static <T> Optional<T> map(ObjectNode node, Class<T> type, String where, List<String> problems) {
        try {
            return Optional.of(InstanceYaml.mapper().treeToValue(node, type));
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "value" : e.getPath().getFirst().getFieldName();
            problems.add(where + ": " + field + " must be " + expected(e.getTargetType()));
        } catch (JacksonException e) {
            problems.add(where + ": cannot be read (" + e.getOriginalMessage() + ")");
        }
        return Optional.empty();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list of strings, e.g. [homelab, prod]";
        }
        return "a string";
    }

    private static void unknownKeys(ObjectNode node, Set<String> known, String where, List<String> warnings) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                warnings.add(where + ": unknown key '" + key + "' is kept in the file but ignored (known keys: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
