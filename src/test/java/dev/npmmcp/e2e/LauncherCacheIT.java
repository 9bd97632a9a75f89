package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/npm-mcp's start-up cache against a copy of the launcher and jar: the first start makes a cache keyed to the jar,
 * the next one runs on it, and a rebuilt jar gets a fresh one instead of a refused stale one. On JDK 24+ the proof
 * that a start uses the cache is {@code -XX:AOTMode=on}, under which the JVM refuses to start without a valid one.
 */
class LauncherCacheIT {

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}";

    /** Generous: the background training is two JVM runs on a loaded 2-core machine. */
    private static final Duration CACHE_MADE_WITHIN = Duration.ofMinutes(3);

    @TempDir
    Path root;

    /** NPM_MCP_CACHE for the launcher, when a test sets one. */
    private Optional<String> cacheSetting = Optional.empty();

    @Test
    void aRebuiltJarGetsAFreshCacheThatTheNextStartUses() throws Exception {
        aRebuiltJarGetsAFreshCache(Runtime.version().feature() >= 24);
    }

    /**
     * JDK 21-23's path, the class-data archive, taken on a newer JDK when asked ({@code NPM_MCP_CACHE=cds}): CI runs
     * a JDK 25, and this is the only way its runs cover what a JDK 21 user gets.
     */
    @Test
    void theClassDataArchivePathWorksOnANewerJdkToo() throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "on this JDK the first test takes this path");
        cacheSetting = Optional.of("cds");
        aRebuiltJarGetsAFreshCache(false);
    }

    private void aRebuiltJarGetsAFreshCache(boolean aot) throws Exception {
        Path jar = installLauncher();

        assertThat(initialize(Optional.empty())).contains("\"result\"");
        Path first = awaitOneCache();
        assertThat(first.getFileName().toString()).endsWith(aot ? ".aot" : ".jsa");
        assertThat(initialize(Optional.of(proofOfUse(aot)))).contains("\"result\"").contains("npm-mcp");

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(120)));
        assertThat(initialize(Optional.empty())).contains("\"result\"");
        Path second = awaitCacheOtherThan(first);
        assertThat(caches()).containsExactly(second);
        assertThat(initialize(Optional.of(proofOfUse(aot)))).contains("\"result\"");
    }

    /** The JVM refuses two collectors, so a user's choice must replace the launcher's SerialGC, not join it. */
    @Test
    void aCollectorInTheUsersOptionsReplacesTheDefaultOne() throws Exception {
        installLauncher();

        assertThat(initialize(Optional.of("-XX:+UseG1GC"))).contains("\"result\"");
        assertThat(initialize(Optional.of("-XX:+UseParallelGC -Xmx48m"))).contains("\"result\"");
    }

    /**
     * The JVM writes its log warnings to stdout by default, and -XX:+PrintFlagsFinal prints there too: the launcher sends
     * both to stderr, so a JVM option (the user's, or a warning about the machine) cannot break the protocol channel.
     */
    @Test
    void theJvmsOwnOutputStaysOffTheProtocolChannel() throws Exception {
        installLauncher();

        assertThat(initialize(Optional.of("-XX:+PrintFlagsFinal -XX:+UseLargePages"))).startsWith("{")
                .contains("\"result\"");
        assertThat(Files.readString(root.resolve("stderr.log"))).contains("UseSerialGC");
    }

    /** A (relative) symlink to the launcher, as in ~/bin, runs the project it points into. */
    @Test
    void aLinkToTheLauncherRunsTheProjectItPointsInto() throws Exception {
        installLauncher();
        Path links = Files.createDirectories(root.resolve("home/.local/bin"));
        Path link = Files.createSymbolicLink(links.resolve("npm-mcp"), links.relativize(root.resolve("bin/npm-mcp")));
        Process process = new ProcessBuilder(link.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).startsWith("npm-mcp ");
    }

    /** A JVM flag under which the start fails unless the cache named by the launcher is valid for this jar. */
    private static String proofOfUse(boolean aot) {
        return aot ? "-XX:AOTMode=on" : "-Xshare:on";
    }

    private Path installLauncher() throws IOException {
        Path source = Path.of("bin");
        Files.createDirectories(root.resolve("bin/lib"));
        for (String file : List.of("npm-mcp", "lib/jdk.sh", "lib/cache.sh")) {
            Path target = root.resolve("bin").resolve(file);
            Files.copy(source.resolve(file), target);
            target.toFile().setExecutable(true);
        }
        Files.createDirectories(root.resolve("target"));
        // no src/ beside it: the launcher has nothing to rebuild and runs the copied jar as it is
        return Files.copy(McpHarness.jar(), root.resolve("target/npm-mcp.jar"));
    }

    /** Starts the launcher, sends initialize, returns the first stdout line, then ends the session by closing stdin. */
    private String initialize(Optional<String> javaOptions) throws Exception {
        Path home = Files.createDirectories(root.resolve("home"));
        ProcessBuilder builder = new ProcessBuilder(root.resolve("bin/npm-mcp").toString(), "serve");
        builder.environment().keySet().removeIf(name -> name.startsWith("NPM_"));
        builder.environment().put("JAVA_HOME", Path.of(System.getProperty("java.home")).toString());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("NPM_URL", "http://127.0.0.1:9/");
        builder.environment().put("NPM_IDENTITY", "it@example.invalid");
        builder.environment().put("NPM_SECRET", "it-secret");
        builder.environment().put("NPM_MCP_CACHE_DELAY", "0");
        javaOptions.ifPresent(options -> builder.environment().put("NPM_MCP_JAVA_OPTS", options));
        cacheSetting.ifPresent(setting -> builder.environment().put("NPM_MCP_CACHE", setting));
        builder.redirectError(root.resolve("stderr.log").toFile());
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream();
                BufferedReader out = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            in.write((INITIALIZE + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
            String line = out.readLine();
            in.close();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return line == null ? "(no reply; stderr: " + Files.readString(root.resolve("stderr.log")) + ")" : line;
        } finally {
            process.destroyForcibly();
        }
    }

    private List<Path> caches() throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("npm-mcp-jdk\\d+-\\d+-\\d+\\.(aot|jsa)"))
                    .toList();
        }
    }

    private Path awaitOneCache() throws Exception {
        return awaitCache(List.of());
    }

    private Path awaitCacheOtherThan(Path earlier) throws Exception {
        return awaitCache(List.of(earlier));
    }

    private Path awaitCache(List<Path> notThese) throws Exception {
        Instant deadline = Instant.now().plus(CACHE_MADE_WITHIN);
        while (Instant.now().isBefore(deadline)) {
            Optional<Path> made = caches().stream().filter(cache -> !notThese.contains(cache)).findFirst();
            boolean training;
            try (Stream<Path> files = Files.list(root.resolve("target"))) {
                training = files.anyMatch(file -> file.getFileName().toString().endsWith(".lock"));
            }
            if (made.isPresent() && !training) {
                return made.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no start-up cache made within " + CACHE_MADE_WITHIN + "; files: " + caches());
    }
}
