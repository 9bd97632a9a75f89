package dev.npmmcp.instance;

import dev.npmmcp.tool.InstanceTarget;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.npm.CachedToken;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.ToolFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceRegistryTest {

    @TempDir
    Path home;

    private final Redactor redactor = new Redactor();

    private final Map<String, String> env = Map.of("NPM_HOME_PASSWORD", "s3cret!", "VPS_TOKEN", "tok.en");
    private final TokenStore tokens = TokenStore.inMemory();
    private final List<InstanceRegistry> opened = new ArrayList<>();

    @AfterEach
    void closeRegistries() {
        opened.forEach(InstanceRegistry::close);
    }

    private InstanceRegistry open(String yaml, Map<String, String> environment) throws IOException {
        Path file = home.resolve("instances.yaml");
        Files.writeString(file, yaml);
        InstanceConfigLoader loader = new InstanceConfigLoader(environment, home);
        InstanceRegistry registry = InstanceRegistry.open(loader.load(Optional.of(file)), loader, tokens, redactor);
        opened.add(registry);
        return registry;
    }

    private InstanceRegistry seed() throws IOException {
        return open(InstanceConfigLoaderTest.SEED_FILE, env);
    }

    @Test
    void shouldResolveNamedThenSelectedThenDefaultThenFirst() throws IOException {
        InstanceRegistry registry = seed();

        assertThat(registry.resolve(Optional.empty()).name()).as("default").isEqualTo("home");
        assertThat(registry.resolve(Optional.of("vps")).name()).as("named").isEqualTo("vps");
        registry.select("vps");
        assertThat(registry.resolve(Optional.empty()).name()).as("selected").isEqualTo("vps");
        assertThat(registry.resolve(Optional.of("home")).name()).as("named beats selected").isEqualTo("home");

        InstanceRegistry noDefault = open("""
                instances:
                  - {name: first, host: h1, api_token: t}
                  - {name: second, host: h2, api_token: t}
                """, Map.of());
        assertThat(noDefault.resolve(Optional.empty()).name()).as("first").isEqualTo("first");
    }

    @Test
    void shouldKeepEachClientSessionsSelectionToItself() throws IOException {
        InstanceRegistry registry = seed();

        registry.inSession("client-a", () -> registry.select("vps"));

        assertThat(registry.inSession("client-a", () -> registry.resolve(Optional.empty()).name())).isEqualTo("vps");
        assertThat(registry.inSession("client-a", registry::selected)).contains("vps");
        assertThat(registry.inSession("client-b", () -> registry.resolve(Optional.empty()).name()))
                .as("another session still gets the default").isEqualTo("home");
        assertThat(registry.inSession("client-b", registry::selected)).isEmpty();
        assertThat(registry.selected()).as("the process, outside any session").isEmpty();
    }

    @Test
    void shouldForgetADeletedInstanceInEverySessionThatSelectedIt() throws IOException {
        InstanceRegistry registry = seed();
        registry.inSession("client-a", () -> registry.select("vps"));
        registry.inSession("client-b", () -> registry.select("vps"));

        registry.delete("vps", false, Optional.empty());

        assertThat(registry.inSession("client-a", registry::selected)).isEmpty();
        assertThat(registry.inSession("client-b", registry::selected)).isEmpty();
    }

    @Test
    void shouldNameTheKnownInstancesWhenNothingMatches() throws IOException {
        InstanceRegistry registry = seed();

        assertThatThrownBy(() -> registry.resolve(Optional.of("nas")))
                .isInstanceOfSatisfying(ToolFailure.class, f -> {
                    assertThat(f.getMessage()).contains("'nas'", "home, vps");
                    assertThat(f.hint()).contains("npm_list_instances");
                });
    }

    @Test
    void shouldSayHowToAddAnInstanceWhenNoneIsConfigured() throws IOException {
        InstanceRegistry registry = open("", Map.of());

        assertThatThrownBy(() -> registry.resolve(Optional.empty()))
                .isInstanceOfSatisfying(ToolFailure.class, f -> {
                    assertThat(f.getMessage()).contains("No NPM instance is configured");
                    assertThat(f.hint()).contains("npm_manage_instance", "NPM_URL");
                });
    }

    @Test
    void shouldCreateOneClientPerInstanceLazilyAndReuseIt() throws IOException {
        InstanceRegistry registry = seed();

        InstanceTarget first = registry.resolve(Optional.of("home"));
        InstanceTarget again = registry.resolve(Optional.of("home"));

        assertThat(again.client()).isSameAs(first.client());
        assertThat(first.client().instanceName()).isEqualTo("home");
        assertThat(registry.resolve(Optional.of("vps")).client()).isNotSameAs(first.client());
    }

    @Test
    void shouldSaveACreatedInstanceThatTheNextStartLoads() throws IOException {
        InstanceRegistry registry = seed();
        Path file = home.resolve("instances.yaml");

        InstanceChange change = registry.create(InstanceSpecs.withToken("lab").withDefault(true), true,
                Optional.empty());

        assertThat(change.savedTo()).contains(file);
        assertThat(change.instance().source()).isEqualTo(new InstanceSource.File(file));
        assertThat(registry.defaultInstance()).contains("lab");
        InstanceConfig reloaded = new InstanceConfigLoader(env, home).load(Optional.of(file));
        assertThat(reloaded.instances()).extracting(ConfiguredInstance::name).containsExactly("home", "vps", "lab");
        assertThat(reloaded.instance("lab").orElseThrow().spec().isDefault()).isTrue();
        assertThat(reloaded.instance("home").orElseThrow().spec().isDefault()).isFalse();
        assertThat(Files.readString(file)).contains("${NPM_HOME_PASSWORD}");
    }

    @Test
    void shouldKeepAnUnsavedInstanceInTheSessionOnly() throws IOException {
        InstanceRegistry registry = seed();
        String before = Files.readString(home.resolve("instances.yaml"));

        InstanceChange change = registry.create(InstanceSpecs.withToken("lab"), false, Optional.empty());

        assertThat(change.savedTo()).isEmpty();
        assertThat(change.instance().source()).isEqualTo(new InstanceSource.Session());
        assertThat(registry.instances()).extracting(ConfiguredInstance::name).containsExactly("home", "vps", "lab");
        assertThat(Files.readString(home.resolve("instances.yaml"))).isEqualTo(before);
    }

    @Test
    void shouldRefuseADuplicateName() throws IOException {
        InstanceRegistry registry = seed();

        assertThatThrownBy(() -> registry.create(InstanceSpecs.withToken("vps"), false, Optional.empty()))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("already exists");
    }

    @Test
    void shouldRefuseInvalidSettingsBeforeChangingAnything() throws IOException {
        InstanceRegistry registry = seed();

        assertThatThrownBy(() -> registry.create(
                        InstanceSpecs.withPassword("bad", "https://npm.lan", 0, "a@b.c", "pw"), true,
                        Optional.empty()))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("host")
                .hasMessageContaining("port 0");
        assertThat(registry.instances()).hasSize(2);
    }

    @Test
    void shouldRefuseToSaveAnInstanceDefinedByTheEnvironment() throws IOException {
        InstanceRegistry registry = open("instances: []\n", Map.of("NPM_URL", "http://npm.lan:81",
                "NPM_IDENTITY", "admin@example.com", "NPM_SECRET", "changeme"));

        assertThatThrownBy(() -> registry.setDefault("default", true))
                .isInstanceOfSatisfying(ToolFailure.class, f -> {
                    assertThat(f.getMessage()).contains("NPM_URL");
                    assertThat(f.hint()).contains("persist_to_file=false");
                });
        assertThat(registry.setDefault("default", false).instance().spec().isDefault()).isTrue();
    }

    @Test
    void shouldDeleteFromTheFileAndForgetTheSelection() throws IOException {
        InstanceRegistry registry = seed();
        registry.select("vps");
        tokens.save("vps", new CachedToken("jwt", Instant.now().plusSeconds(3600)));

        registry.delete("vps", true, Optional.empty());

        assertThat(registry.selected()).isEmpty();
        assertThat(registry.resolve(Optional.empty()).name()).isEqualTo("home");
        assertThat(tokens.load("vps")).isEmpty();
        assertThat(new InstanceConfigLoader(env, home).load(Optional.of(home.resolve("instances.yaml"))).instances())
                .extracting(ConfiguredInstance::name)
                .containsExactly("home");
    }

    @Test
    void shouldSetTheDefaultInTheFileWithoutTouchingTheRest() throws IOException {
        InstanceRegistry registry = seed();

        InstanceChange change = registry.setDefault("vps", true);

        assertThat(change.savedTo()).contains(home.resolve("instances.yaml"));
        assertThat(registry.defaultInstance()).contains("vps");
        assertThat(registry.instance(Optional.of("home")).spec().isDefault()).isFalse();
        String text = Files.readString(home.resolve("instances.yaml"));
        assertThat(text).contains("${NPM_HOME_PASSWORD}", "${VPS_TOKEN}", "token_cache_dir");
    }

    @Test
    void shouldRotateCredentialsWithoutTestAndDropCachedTokens() throws IOException {
        InstanceRegistry registry = seed();
        tokens.save("home", new CachedToken("old-jwt", Instant.now().plusSeconds(3600)));
        var before = registry.resolve(Optional.of("home")).client();

        InstanceChange change = registry.rotateCredentials("home",
                new CredentialUpdate(Optional.empty(), Optional.of("n3w-pass"), Optional.empty()), false, true, true);

        assertThat(change.instance().spec().password()).contains("n3w-pass");
        assertThat(tokens.load("home")).isEmpty();
        assertThat(registry.resolve(Optional.of("home")).client()).isNotSameAs(before);
        assertThat(change.notes()).anySatisfy(n -> assertThat(n).contains("NPM_HOME_PASSWORD"));
        assertThat(new InstanceConfigLoader(env, home).load(Optional.of(home.resolve("instances.yaml")))
                        .instance("home").orElseThrow().spec().password())
                .contains("n3w-pass");
    }

    @Test
    void shouldKeepCachedTokensWhenAskedTo() throws IOException {
        InstanceRegistry registry = seed();
        tokens.save("home", new CachedToken("old-jwt", Instant.now().plusSeconds(3600)));

        registry.rotateCredentials("home", new CredentialUpdate(Optional.empty(), Optional.of("n3w-pass"),
                Optional.empty()), false, false, false);

        assertThat(tokens.load("home")).isPresent();
    }

    @Test
    void shouldSwitchToPasswordLoginAndSayTheTokenWasRemoved() throws IOException {
        InstanceRegistry registry = open("""
                instances:
                  - {name: a, host: h1, username: admin@example.com, password: x, api_token: t}
                """, Map.of());

        InstanceChange change = registry.rotateCredentials("a",
                new CredentialUpdate(Optional.empty(), Optional.of("y"), Optional.empty()), false, false, true);

        assertThat(change.instance().spec().authMethod()).isEqualTo(InstanceSpec.AuthMethod.PASSWORD);
        assertThat(change.notes()).anySatisfy(n -> assertThat(n).contains("api_token was removed"));
    }

    @Test
    void shouldDropCachedTokensOnlyWhenTheLoginChanges() throws IOException {
        InstanceRegistry registry = seed();
        tokens.save("home", new CachedToken("jwt", Instant.now().plusSeconds(3600)));
        InstanceSpec home = registry.instance(Optional.of("home")).spec();

        registry.update(new InstanceSpec(home.name(), home.host(), home.port(), home.useHttps(), home.verifySsl(),
                home.username(), home.password(), home.apiToken(), home.totpSecret(), home.caCert(), home.isDefault(),
                Optional.of("renamed rack"), home.tags(), home.timeout()), false, Optional.empty());
        assertThat(tokens.load("home")).as("same login").isPresent();

        registry.update(new InstanceSpec(home.name(), "npm2.lan", home.port(), home.useHttps(), home.verifySsl(),
                home.username(), home.password(), home.apiToken(), home.totpSecret(), home.caCert(), home.isDefault(),
                home.description(), home.tags(), home.timeout()), false, Optional.empty());
        assertThat(tokens.load("home")).as("new address").isEmpty();
    }

    @Test
    void shouldTeachTheRedactorEverySecretItHolds() throws IOException {
        InstanceRegistry registry = seed();
        registry.rotateCredentials("vps", new CredentialUpdate(Optional.empty(), Optional.of("rotated-pass"),
                Optional.empty()), false, false, true);

        assertThat(redactor.redact("login with s3cret! then tok.en then rotated-pass"))
                .doesNotContain("s3cret!", "tok.en", "rotated-pass");
    }

    @Test
    void shouldNotLoseConcurrentChangesFromManyThreads() throws Exception {
        InstanceRegistry registry = seed();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String name = "t" + i;
                done.add(pool.submit(() -> registry.create(InstanceSpecs.withToken(name), true, Optional.empty())));
                done.add(pool.submit(() -> registry.resolve(Optional.empty())));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(registry.instances()).hasSize(14);
        assertThat(new InstanceConfigLoader(env, home).load(Optional.of(home.resolve("instances.yaml"))).instances())
                .hasSize(14);
    }
}
