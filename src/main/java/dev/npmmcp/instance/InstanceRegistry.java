package dev.npmmcp.instance;

import dev.npmmcp.npm.CallScope;
import dev.npmmcp.npm.DryRun;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.ToolFailure;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NPM instances this server manages: each by name, the one selected for this session, and the default. A tool
 * call without {@code instance_name} runs against the selected instance, else the default, else the first one
 * configured. Clients are created on first use, one per instance.
 *
 * <p>Thread-safe: reads see an immutable snapshot; changes are serialised, write the file (when asked to) before they
 * take effect in memory, and so never leave the two disagreeing after a failed save.
 */
public final class InstanceRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceRegistry.class);
    private static final String PROCESS_SESSION = "process";

    /**
     * An immutable snapshot: the instances in definition order (so "the first" is stable) and each client session's
     * selection.
     */
    private record State(List<ConfiguredInstance> instances, Map<String, String> selections) {

        Optional<ConfiguredInstance> find(String name) {
            return instances.stream().filter(i -> i.name().equals(name)).findFirst();
        }

        /** Replaces the instance of that name in place, or appends it; a new default clears the others' flag. */
        State with(ConfiguredInstance instance) {
            List<ConfiguredInstance> updated = new ArrayList<>();
            boolean replaced = false;
            for (ConfiguredInstance i : instances) {
                if (i.name().equals(instance.name())) {
                    updated.add(instance);
                    replaced = true;
                } else if (instance.spec().isDefault() && i.spec().isDefault()) {
                    updated.add(new ConfiguredInstance(i.spec().withDefault(false), i.source()));
                } else {
                    updated.add(i);
                }
            }
            if (!replaced) {
                updated.add(instance);
            }
            return new State(List.copyOf(updated), selections);
        }

        State without(String name) {
            Map<String, String> kept = new HashMap<>(selections);
            kept.values().removeIf(name::equals);
            return new State(instances.stream().filter(i -> !i.name().equals(name)).toList(), Map.copyOf(kept));
        }

        State selecting(String session, String name) {
            Map<String, String> updated = new HashMap<>(selections);
            updated.put(session, name);
            return new State(instances, Map.copyOf(updated));
        }

        Optional<String> selected(String session) {
            return Optional.ofNullable(selections.get(session));
        }
    }

    private final InstanceSettings settings;
    private final List<String> warnings;
    private final Path configFile;
    private final InstanceConfigLoader loader;
    private final TokenStore tokens;
    private final Redactor redactor;
    private final ConnectionTester tester;
    private final SecretReferences references;
    private final ReentrantLock changes = new ReentrantLock();
    private final AtomicReference<State> state;
    /** The client session of the call running on this thread; outside any, the process (stdio, the CLI). */
    private final ThreadLocal<String> session = ThreadLocal.withInitial(() -> PROCESS_SESSION);
    private final ConcurrentMap<String, NpmClient> clients = new ConcurrentHashMap<>();
    private final CallScope calls = new CallScope(Clock.systemUTC());
    private final ConcurrentMap<Path, InstanceConfigFile> files = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ConnectionReport> lastTests = new ConcurrentHashMap<>();

    private InstanceRegistry(
            InstanceConfig config, InstanceConfigLoader loader, TokenStore tokens, Redactor redactor,
            Keyring keyring) {
        this.settings = config.settings();
        this.warnings = config.warnings();
        this.configFile = config.file();
        this.loader = loader;
        this.tokens = tokens;
        this.redactor = redactor;
        this.references = new SecretReferences(keyring, loader.home(), redactor);
        this.tester = new ConnectionTester(settings, references);
        this.state = new AtomicReference<>(new State(config.instances(), Map.of()));
        config.instances().forEach(i -> protect(i.spec()));
        config.instances().forEach(i -> TransportWarnings.of(i.spec()).forEach(w -> LOG.warn("{}", w)));
    }

    /**
     * @param config what {@link InstanceConfigLoader#load} found
     * @param loader the same loader: saved changes resolve {@code ${VAR}} against its environment
     * @param tokens where login tokens are cached (and dropped on credential rotation)
     * @param redactor learns every password, token and TOTP secret the registry sees, so logs never show them
     */
    public static InstanceRegistry open(
            InstanceConfig config, InstanceConfigLoader loader, TokenStore tokens, Redactor redactor) {
        return open(config, loader, tokens, redactor, Keyring.system());
    }

    /**
     * @param keyring where {@code keyring:SERVICE/ACCOUNT} secrets are read from, when an instance's client is first
     *     made (never here: opening the registry stays free of keyring and network access)
     */
    public static InstanceRegistry open(
            InstanceConfig config, InstanceConfigLoader loader, TokenStore tokens, Redactor redactor,
            Keyring keyring) {
        return new InstanceRegistry(config, loader, tokens, redactor, keyring);
    }

    public InstanceSettings settings() {
        return settings;
    }

    /** What the configuration loader found odd but usable (unknown keys, replaced entries). */
    public List<String> warnings() {
        return warnings;
    }

    /** The file changes are saved to unless an instance came from another file or a call names one. */
    public Path configFile() {
        return configFile;
    }

    /** Every instance, in the order they were defined. */
    public List<ConfiguredInstance> instances() {
        return state.get().instances();
    }

    /** The instance selected in the session this call belongs to (see {@link #inSession}). */
    public Optional<String> selected() {
        return state.get().selected(session.get());
    }

    /**
     * Runs {@code work} as part of a client session: {@code npm_select_instance} there changes that session's calls
     * only. Over stdio the process is the session; over HTTP each MCP session is one, so one client cannot redirect
     * another's calls. Bound to the calling thread, which is the one a tool call runs on, because the session is known
     * only where the SDK hands over the call, and passing it through every tool would change all of them for this.
     */
    public <T> T inSession(String id, Supplier<T> work) {
        String outer = session.get();
        session.set(id);
        try {
            return work.get();
        } finally {
            session.set(outer);
        }
    }

    /**
     * Runs one tool call: within the call budget ({@code settings.call_budget}), in its client session if the
     * transport has them (see {@link #inSession}), with what NPM's clients had to recover from added to
     * {@code notices}.
     */
    public <T> T call(Optional<String> session, List<String> notices, Supplier<T> work) {
        return call(session, notices, Optional.empty(), work);
    }

    /** The same; with {@code dryRun}, no change reaches NPM or this registry's configuration. */
    public <T> T call(Optional<String> session, List<String> notices, Optional<DryRun> dryRun, Supplier<T> work) {
        return calls.run(settings.callBudget(), notices, dryRun,
                () -> session.map(id -> inSession(id, work)).orElseGet(work));
    }

    /** The names of every instance, in order, or of those with this tag. */
    public List<String> names(Optional<String> tag) {
        return instances().stream()
                .filter(i -> tag.map(t -> i.spec().tags().contains(t)).orElse(true))
                .map(ConfiguredInstance::name)
                .toList();
    }

    public Optional<String> defaultInstance() {
        return instances().stream().filter(i -> i.spec().isDefault()).map(ConfiguredInstance::name).findFirst();
    }

    /** The named instance, or the current one; a {@link ToolFailure} naming the known instances when none matches. */
    public ConfiguredInstance instance(Optional<String> name) {
        Optional<String> wanted = name.filter(n -> !n.isBlank()).map(String::strip);
        if (wanted.isPresent()) {
            return state.get().find(wanted.get()).orElseThrow(() -> unknown(wanted.get()));
        }
        State current = state.get();
        return current.selected(session.get())
                .flatMap(current::find)
                .or(() -> current.instances().stream().filter(i -> i.spec().isDefault()).findFirst())
                .or(() -> current.instances().stream().findFirst())
                .orElseThrow(this::noneConfigured);
    }

    /**
     * The instance to run a call against, with its client (created now if this is its first use, which is when
     * {@code keyring:} and {@code file:} secrets are read; a {@link ToolFailure} names the one that cannot be).
     */
    public InstanceTarget resolve(Optional<String> name) {
        ConfiguredInstance instance = instance(name);
        NpmClient client = clients.computeIfAbsent(instance.name(), n -> {
            LOG.debug("creating the NPM client for instance '{}'", n);
            InstanceSpec resolved = references.resolve(instance.spec());
            return NpmClient.connect(
                    NpmConnections.of(resolved, settings), LoginBoundTokens.of(tokens, resolved), calls);
        });
        return new InstanceTarget(instance.name(), client);
    }

    /** The last connection test of an instance in this session, if any. */
    public Optional<ConnectionReport> lastTest(String name) {
        return Optional.ofNullable(lastTests.get(name));
    }

    /** Tests a registered instance: reachability, TLS, login, NPM's version and latency. */
    public ConnectionReport test(String name) {
        ConfiguredInstance instance = instance(Optional.of(name));
        ConnectionReport report = tester.test(instance.spec(), Optional.empty());
        lastTests.put(instance.name(), report);
        return report;
    }

    /** Tests a configuration that is not (or not yet) registered, with its own timeout if given. */
    public ConnectionReport test(InstanceSpec candidate) {
        refuseNewReferences(state.get().find(candidate.name()).map(ConfiguredInstance::spec), candidate);
        protect(candidate);
        return tester.test(candidate, candidate.timeout());
    }

    /** Makes later calls without {@code instance_name} use this instance, for this session. */
    public ConfiguredInstance select(String name) {
        changes.lock();
        try {
            ConfiguredInstance instance = instance(Optional.of(name));
            state.set(state.get().selecting(session.get(), instance.name()));
            return instance;
        } finally {
            changes.unlock();
        }
    }

    public InstanceChange create(InstanceSpec spec, boolean persist, Optional<Path> file) {
        refuseNewReferences(Optional.empty(), spec);
        protect(spec);
        requireValid(spec);
        changes.lock();
        try {
            if (state.get().find(spec.name()).isPresent()) {
                throw new ToolFailure("An instance named '" + spec.name() + "' already exists.",
                        "Use operation=update to change it, or choose another instance_name.");
            }
            Optional<Path> target = persist ? Optional.of(file.orElse(configFile)) : Optional.empty();
            if (calls.dryRunning()) {
                return preview(new ConfiguredInstance(spec, new InstanceSource.Session()), target);
            }
            List<String> notes = target.map(path -> save(path, new ConfigChange.PutInstance(spec)))
                    .orElse(List.of());
            ConfiguredInstance created = new ConfiguredInstance(spec, target.<InstanceSource>map(
                            InstanceSource.File::new)
                    .orElse(new InstanceSource.Session()));
            state.set(state.get().with(created));
            return new InstanceChange(created, target, notes);
        } finally {
            changes.unlock();
        }
    }

    /** Replaces an instance's configuration; its client is rebuilt on next use. */
    public InstanceChange update(InstanceSpec spec, boolean persist, Optional<Path> file) {
        protect(spec);
        requireValid(spec);
        changes.lock();
        try {
            ConfiguredInstance existing = instance(Optional.of(spec.name()));
            refuseNewReferences(Optional.of(existing.spec()), spec);
            // a token cached for another address or login must not be reused by the new client
            return replace(existing, spec, persist, file, !sameLogin(existing.spec(), spec));
        } finally {
            changes.unlock();
        }
    }

    public InstanceChange delete(String name, boolean persist, Optional<Path> file) {
        changes.lock();
        try {
            ConfiguredInstance existing = instance(Optional.of(name));
            Optional<Path> target = saveTarget(existing, persist, file);
            if (calls.dryRunning()) {
                return preview(existing, target);
            }
            List<String> notes = new ArrayList<>(
                    target.map(path -> save(path, new ConfigChange.RemoveInstance(existing.name())))
                            .orElse(List.of()));
            if (!persist && existing.source() instanceof InstanceSource.File(Path path)) {
                notes.add("removed for this session only: " + path + " still defines '" + existing.name()
                        + "'; pass persist_to_file=true to remove it there too");
            }
            state.set(state.get().without(existing.name()));
            dropClient(existing.name(), true);
            LoginBoundTokens.forget(tokens, existing.name());
            lastTests.remove(existing.name());
            return new InstanceChange(existing, target, notes);
        } finally {
            changes.unlock();
        }
    }

    /** Makes this instance the default (the one used when nothing is named or selected). */
    public InstanceChange setDefault(String name, boolean persist) {
        changes.lock();
        try {
            ConfiguredInstance existing = instance(Optional.of(name));
            Optional<Path> target = saveTarget(existing, persist, Optional.empty());
            if (calls.dryRunning()) {
                return preview(new ConfiguredInstance(existing.spec().withDefault(true), existing.source()), target);
            }
            List<String> notes = target.map(path -> save(path, new ConfigChange.SetDefault(existing.name())))
                    .orElse(List.of());
            ConfiguredInstance updated =
                    new ConfiguredInstance(existing.spec().withDefault(true), reSourced(existing, target));
            state.set(state.get().with(updated));
            return new InstanceChange(updated, target, notes);
        } finally {
            changes.unlock();
        }
    }

    /**
     * Replaces an instance's credentials. With {@code testFirst}, the new credentials must log in before anything
     * changes; with {@code dropTokens}, cached tokens of the old credentials are discarded.
     */
    public InstanceChange rotateCredentials(
            String name, CredentialUpdate update, boolean testFirst, boolean persist, boolean dropTokens) {
        changes.lock();
        try {
            ConfiguredInstance existing = instance(Optional.of(name));
            InstanceSpec rotated = update.applyTo(existing.spec());
            refuseNewReferences(Optional.of(existing.spec()), rotated);
            protect(rotated);
            requireValid(rotated);
            Optional<ConnectionReport> report = testFirst
                    ? Optional.of(tester.test(rotated, Optional.empty()))
                    : Optional.empty();
            if (report.isPresent() && !report.get().ok()) {
                throw new ToolFailure("The new credentials for '" + existing.name() + "' were not applied: "
                                + String.join("; ", report.get().problems()),
                        report.get().hint().orElse("Check the new credentials.") + " Nothing was changed.");
            }
            InstanceChange change = replace(existing, rotated, persist, Optional.empty(), dropTokens);
            report.ifPresent(r -> lastTests.put(existing.name(), r));
            List<String> notes = new ArrayList<>(change.notes());
            update.note(existing.spec()).ifPresent(notes::add);
            return new InstanceChange(change.instance(), change.savedTo(), notes);
        } finally {
            changes.unlock();
        }
    }

    @Override
    public void close() {
        clients.keySet().forEach(name -> dropClient(name, false));
    }

    private InstanceChange replace(
            ConfiguredInstance existing, InstanceSpec spec, boolean persist, Optional<Path> file, boolean logout) {
        Optional<Path> target = saveTarget(existing, persist, file);
        if (calls.dryRunning()) {
            return preview(new ConfiguredInstance(spec, existing.source()), target);
        }
        List<String> notes = new ArrayList<>(target.map(path -> save(path, new ConfigChange.PutInstance(spec)))
                .orElse(List.of()));
        if (!persist && existing.source() instanceof InstanceSource.File(Path path)) {
            notes.add("changed for this session only: " + path + " keeps the previous values; pass"
                    + " persist_to_file=true to save");
        }
        ConfiguredInstance replaced = new ConfiguredInstance(spec, reSourced(existing, target));
        state.set(state.get().with(replaced));
        dropClient(spec.name(), logout);
        if (logout) {
            // also when no client was created yet: the store may hold a token from an earlier run
            LoginBoundTokens.forget(tokens, spec.name());
        }
        lastTests.remove(spec.name());
        return new InstanceChange(replaced, target, notes);
    }

    /** A dry run's answer: the instance as the change would leave it, with nothing saved, dropped or changed. */
    private static InstanceChange preview(ConfiguredInstance instance, Optional<Path> target) {
        return new InstanceChange(instance, Optional.empty(), List.of("dry run: nothing was changed"
                + target.map(path -> "; the change would be saved to " + path).orElse(" (this session only)")));
    }

    private static InstanceSource reSourced(ConfiguredInstance instance, Optional<Path> savedTo) {
        return savedTo.<InstanceSource>map(InstanceSource.File::new).orElse(instance.source());
    }

    /** Where a change to an existing instance is saved; instances from the environment cannot be. */
    private Optional<Path> saveTarget(ConfiguredInstance existing, boolean persist, Optional<Path> file) {
        if (!persist) {
            return Optional.empty();
        }
        return switch (existing.source()) {
            case InstanceSource.Environment(String variable) -> throw new ToolFailure(
                    "Instance '" + existing.name() + "' is defined by the environment variable " + variable
                            + ", so a change to it cannot be saved to a file (the variable would override it at the"
                            + " next start).",
                    "Call again with persist_to_file=false to change it for this session, and ask the user to"
                            + " update " + variable + " in the server's environment.");
            case InstanceSource.File(Path path) -> Optional.of(file.orElse(path));
            case InstanceSource.Session() -> Optional.of(file.orElse(configFile));
        };
    }

    private List<String> save(Path path, ConfigChange change) {
        InstanceConfigFile writer = files.computeIfAbsent(path.toAbsolutePath().normalize(), loader::file);
        try {
            List<String> notes = writer.apply(change);
            LOG.info("saved the instance configuration to {}", writer.path());
            return notes;
        } catch (InstanceConfigException e) {
            throw new ToolFailure("Could not save to " + writer.path() + ": " + e.getMessage(),
                    "Fix the file (or call again with persist_to_file=false); nothing was changed.");
        } catch (java.io.UncheckedIOException e) {
            throw new ToolFailure("Could not save to " + writer.path() + ": " + e.getCause().getMessage(),
                    "Check that the directory exists and is writable by the server, or pass config_file;"
                            + " nothing was changed.");
        }
    }

    private void dropClient(String name, boolean logout) {
        NpmClient client = clients.remove(name);
        if (client != null) {
            if (logout) {
                client.logout();
            }
            client.close();
        }
    }

    /**
     * Secrets from tool calls are values, never references: otherwise a prompt could make the server read any
     * keyring entry or owner-only file (an SSH key) and send it as a password to a host of its choosing. References
     * the configuration already had may stay.
     */
    private static void refuseNewReferences(Optional<InstanceSpec> before, InstanceSpec after) {
        refuseNewReference(after.name(), InstanceEntry.PASSWORD, before.flatMap(InstanceSpec::password),
                after.password());
        refuseNewReference(after.name(), InstanceEntry.API_TOKEN, before.flatMap(InstanceSpec::apiToken),
                after.apiToken());
        refuseNewReference(after.name(), InstanceEntry.TOTP_SECRET, before.flatMap(InstanceSpec::totpSecret),
                after.totpSecret());
    }

    private static void refuseNewReference(
            String instance, String field, Optional<String> before, Optional<String> after) {
        if (after.filter(SecretReferences::isReference).isPresent() && !after.equals(before)) {
            throw new ToolFailure("The " + field + " given for '" + instance + "' is a keyring: or file: reference;"
                            + " references are read only from the instances file or the environment, never from a"
                            + " tool call.",
                    "Ask the user to put the reference in the instances file (npm-mcp instances add writes one), or"
                            + " pass the secret itself; nothing was changed.");
        }
    }

    private void protect(InstanceSpec spec) {
        Stream.of(spec.password(), spec.apiToken(), spec.totpSecret())
                .flatMap(Optional::stream)
                .filter(secret -> !SecretReferences.isReference(secret))
                .filter(secret -> secret.length() >= Redactor.MIN_SECRET_LENGTH)
                .forEach(redactor::register);
    }

    private static boolean sameLogin(InstanceSpec a, InstanceSpec b) {
        return a.baseUri().equals(b.baseUri())
                && a.username().equals(b.username())
                && a.password().equals(b.password())
                && a.apiToken().equals(b.apiToken())
                && a.totpSecret().equals(b.totpSecret());
    }

    private static void requireValid(InstanceSpec spec) {
        List<String> problems = spec.problems("instance '" + spec.name() + "'");
        if (!problems.isEmpty()) {
            throw new ToolFailure(String.join("; ", problems), "Correct these parameters and call again;"
                    + " nothing was changed.");
        }
    }

    private ToolFailure unknown(String name) {
        List<String> known = instances().stream().map(ConfiguredInstance::name).toList();
        return known.isEmpty()
                ? noneConfigured()
                : new ToolFailure("No NPM instance is named '" + name + "'. Known instances: "
                                + String.join(", ", known) + ".",
                        "Use one of the known names (npm_list_instances shows them with their hosts), or add it with"
                                + " npm_manage_instance operation=create.");
    }

    private ToolFailure noneConfigured() {
        return new ToolFailure("No NPM instance is configured.",
                "Add one with npm_manage_instance (operation=create, instance_name, host, username, password), or"
                        + " ask the user to configure " + configFile + " or set NPM_URL, NPM_IDENTITY and NPM_SECRET"
                        + " and restart the server.");
    }
}
