package dev.npmmcp.instance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceConfigFileTest {

    @TempDir
    Path home;

    private final Map<String, String> env = Map.of("NPM_HOME_PASSWORD", "s3cret!", "VPS_TOKEN", "tok.en");

    private InstanceConfigLoader loader() {
        return new InstanceConfigLoader(env, home);
    }

    private Path seedFile() throws IOException {
        Path file = home.resolve("conf/instances.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, InstanceConfigLoaderTest.SEED_FILE + "owner: ops-team\n");
        return file;
    }

    @Test
    void shouldCreatePrivateFileInPrivateDirectory() throws IOException {
        Path file = home.resolve("new-dir/instances.yaml");

        loader().file(file).apply(new ConfigChange.PutInstance(InstanceSpecs.withToken("lab")));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(Files.exists(file.resolveSibling("instances.yaml.bak"))).isFalse();
    }

    @Test
    void shouldRoundTripACreatedInstanceThroughTheLoader() {
        Path file = home.resolve("instances.yaml");
        InstanceSpec spec = new InstanceSpec("home", "npm.lan", 8181, true, false, Optional.of("admin@example.com"),
                Optional.of("12345"), Optional.empty(), Optional.of("JBSWY3DPEHPK3PXP"), Optional.empty(), true,
                Optional.of("yes"), List.of("homelab", "true"), Optional.of(java.time.Duration.ofSeconds(12)));

        loader().file(file).apply(new ConfigChange.PutInstance(spec));

        assertThat(loader().load(Optional.of(file)).instance("home").orElseThrow().spec()).isEqualTo(spec);
    }

    @Test
    void shouldKeepExactlyOneBackupHoldingThePreviousVersion() throws IOException {
        Path file = seedFile();
        InstanceConfigFile config = loader().file(file);

        config.apply(new ConfigChange.PutInstance(InstanceSpecs.withToken("one")));
        String afterFirst = Files.readString(file);
        config.apply(new ConfigChange.PutInstance(InstanceSpecs.withToken("two")));

        assertThat(Files.readString(config.backup())).isEqualTo(afterFirst);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config.backup())))
                .isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("instances.yaml", "instances.yaml.bak", "instances.yaml.lock");
        }
    }

    @Test
    void shouldKeepUnknownKeysReferencesAndOtherEntries() throws IOException {
        Path file = seedFile();
        Files.writeString(file, Files.readString(file).replace("description: Homelab NPM",
                "description: Homelab NPM\n    location: basement"));

        loader().file(file).apply(new ConfigChange.SetDefault("vps"));

        String text = Files.readString(file);
        assertThat(text)
                .contains("owner: ops-team", "location: basement", "${NPM_HOME_PASSWORD}", "${VPS_TOKEN}")
                .doesNotContain("s3cret!", "tok.en");
        InstanceConfig reloaded = loader().load(Optional.of(file));
        assertThat(reloaded.instance("vps").orElseThrow().spec().isDefault()).isTrue();
        assertThat(reloaded.instance("home").orElseThrow().spec().isDefault()).isFalse();
        assertThat(reloaded.settings().retryAttempts()).isEqualTo(2);
    }

    @Test
    void shouldKeepAReferenceWhenTheEntryIsRewrittenWithItsResolvedValue() throws IOException {
        Path file = seedFile();
        InstanceSpec home = loader().load(Optional.of(file)).instance("home").orElseThrow().spec();

        List<String> notes = loader().file(file)
                .apply(new ConfigChange.PutInstance(new InstanceSpec(home.name(), "npm2.lan", home.port(),
                        home.useHttps(), home.verifySsl(), home.username(), home.password(), home.apiToken(),
                        home.totpSecret(), home.caCert(), home.isDefault(), home.description(), home.tags(),
                        home.timeout())));

        assertThat(notes).isEmpty();
        assertThat(Files.readString(file)).contains("password: \"${NPM_HOME_PASSWORD}\"", "host: npm2.lan");
    }

    @Test
    void shouldSayWhenANewSecretReplacesAReference() throws IOException {
        Path file = seedFile();
        InstanceSpec home = loader().load(Optional.of(file)).instance("home").orElseThrow().spec();

        List<String> notes = loader().file(file).apply(new ConfigChange.PutInstance(home.withCredentials(
                home.username(), Optional.of("rotated"), Optional.empty(), Optional.empty())));

        assertThat(notes).singleElement().asString().contains("NPM_HOME_PASSWORD").doesNotContain("rotated");
        assertThat(loader().load(Optional.of(file)).instance("home").orElseThrow().spec().password())
                .contains("rotated");
    }

    @Test
    void shouldRemoveOnlyTheNamedInstance() throws IOException {
        Path file = seedFile();

        loader().file(file).apply(new ConfigChange.RemoveInstance("home"));

        assertThat(loader().load(Optional.of(file)).instances()).extracting(ConfiguredInstance::name)
                .containsExactly("vps");
        assertThat(Files.readString(file)).contains("owner: ops-team");
    }

    @Test
    void shouldNotLoseChangesOfConcurrentThreads() throws Exception {
        Path file = seedFile();
        int writers = 8;
        int perWriter = 5;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String prefix = "t" + w;
                // each thread its own InstanceConfigFile: as two registries in one JVM would have
                InstanceConfigFile config = loader().file(file);
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perWriter; i++) {
                        config.apply(new ConfigChange.PutInstance(InstanceSpecs.withToken(prefix + "-" + i)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(loader().load(Optional.of(file)).instances()).hasSize(2 + writers * perWriter);
    }

    @Test
    void shouldNotLoseChangesOfConcurrentProcesses() throws Exception {
        Path file = seedFile();
        int perProcess = 15;
        List<Process> processes = new ArrayList<>();
        for (String prefix : List.of("p1", "p2")) {
            processes.add(new ProcessBuilder(ConfigWriterProcess.command(file, prefix, perProcess))
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve(prefix + ".log").toFile())
                    .start());
        }
        InstanceConfigFile config = loader().file(file);
        IntStream.range(0, perProcess)
                .forEach(i -> config.apply(new ConfigChange.PutInstance(InstanceSpecs.withToken("here-" + i))));
        for (Process process : processes) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue())
                    .as(() -> readQuietly(home.resolve("p1.log")) + readQuietly(home.resolve("p2.log")))
                    .isZero();
        }

        assertThat(loader().load(Optional.of(file)).instances()).hasSize(2 + 3 * perProcess);
    }

    private static String readQuietly(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            return "";
        }
    }
}
