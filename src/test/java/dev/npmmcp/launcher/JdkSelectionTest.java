package dev.npmmcp.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/lib/jdk.sh, which every script uses to find its JDK: JAVA_HOME first, then the java on PATH, then the JDKs in
 * /usr/lib/jvm (NPM_MCP_JVM_DIR here), the first of Java 21 or newer, and a clear message when there is none. The JDKs
 * are fakes: a {@code release} file, or none and a {@code bin/java} that answers {@code -XshowSettings} as a JDK does.
 */
class JdkSelectionTest {

    @TempDir
    Path dir;

    @Test
    void shouldTakeJavaHomeFirst() throws Exception {
        Path home = jdk("home-21", Optional.of("21.0.5"));
        Path onPath = jdk("path-25", Optional.of("25.0.1"));
        Found found = find(Optional.of(home), List.of(onPath), List.of(jdk("folder-24", Optional.of("24"))));
        assertThat(found.java()).isEqualTo(home.resolve("bin/java").toString());
        assertThat(found.major()).isEqualTo("21");
        assertThat(found.javaHome()).isEqualTo(home.toString());
        assertThat(found.stderr()).isEmpty();
    }

    @Test
    void shouldSayWhenJavaHomeIsTooOldAndTakeTheJavaOnPath() throws Exception {
        Path home = jdk("home-17", Optional.of("17.0.15"));
        Path onPath = jdk("path-22", Optional.of("22.0.2"));
        Found found = find(Optional.of(home), List.of(onPath), List.of());
        assertThat(found.java()).isEqualTo(onPath.resolve("bin/java").toString());
        assertThat(found.major()).isEqualTo("22");
        assertThat(found.stderr()).contains("JAVA_HOME (" + home + ") is Java 17; looking for a JDK 21 or newer");
    }

    @Test
    void shouldLookInTheFolderWhenNothingEarlierFits() throws Exception {
        Path onPath = jdk("path-17", Optional.of("17.0.15"));
        Path old = jdk("folder-a-11", Optional.of("11.0.2"));
        Path fit = jdk("folder-b-25", Optional.of("25"));
        Path later = jdk("folder-c-23", Optional.of("23.0.1"));
        Found found = find(Optional.empty(), List.of(onPath), List.of(old, fit, later));
        assertThat(found.java()).endsWith("/" + fit.getFileName() + "/bin/java");
        assertThat(found.major()).isEqualTo("25");
    }

    @Test
    void shouldAskAJdkWithoutAReleaseFileItsVersion() throws Exception {
        Path bare = jdk("bare-21", Optional.empty());
        Found found = find(Optional.of(bare), List.of(), List.of());
        assertThat(found.major()).isEqualTo("21");
        assertThat(found.java()).isEqualTo(bare.resolve("bin/java").toString());
    }

    @Test
    void shouldSayWhatItLookedAtWhenNoJdkFits() throws Exception {
        Path home = jdk("home-17", Optional.of("17.0.15"));
        Found found = find(Optional.of(home), List.of(jdk("path-11", Optional.of("11"))),
                List.of(jdk("folder-1.8", Optional.of("1.8.0_402"))));
        assertThat(found.exitCode()).isEqualTo(1);
        assertThat(found.java()).isEmpty();
        assertThat(found.stderr()).contains("no JDK 21 or newer found").contains("JAVA_HOME (" + home + ")")
                .contains("'java' on PATH").contains("JAVA_HOME to its folder");
    }

    /** A fake JDK: bin/java answers -XshowSettings with its version, and a release file says it unless absent. */
    private Path jdk(String name, Optional<String> release) throws IOException {
        Path home = Files.createDirectories(dir.resolve("jdks").resolve(name));
        String version = release.orElse(name.substring(name.lastIndexOf('-') + 1));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho '    java.specification.version = " + version + "' >&2\n");
        java.toFile().setExecutable(true);
        if (release.isPresent()) {
            Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Fake\"\nJAVA_VERSION=\"" + release.get()
                    + "\"\nJAVA_RUNTIME_VERSION=\"" + release.get() + "+1\"\n");
        }
        return home;
    }

    /** The commands jdk.sh may run, and no java: the machine's own must not be found. */
    private Path tools() throws IOException {
        Path tools = dir.resolve("tools");
        if (!Files.isDirectory(tools)) {
            Files.createDirectories(tools);
            for (String tool : List.of("dirname", "sed", "awk", "readlink", "cut", "cat")) {
                Path found = Path.of("/usr/bin", tool);
                Files.createSymbolicLink(tools.resolve(tool), Files.exists(found) ? found : Path.of("/bin", tool));
            }
        }
        return tools;
    }

    private record Found(int exitCode, String java, String major, String javaHome, String stderr) {}

    /** Sources bin/lib/jdk.sh in a shell whose PATH holds only these JDKs' bin folders and the tools it needs. */
    private Found find(Optional<Path> javaHome, List<Path> onPath, List<Path> inFolder) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("jvm-" + System.nanoTime()));
        for (Path jdk : inFolder) {
            Files.createSymbolicLink(folder.resolve(jdk.getFileName()), jdk);
        }
        List<String> path = new ArrayList<>();
        onPath.forEach(jdk -> path.add(jdk.resolve("bin").toString()));
        path.add(tools().toString());
        Path script = Path.of("bin/lib/jdk.sh").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", "-c", ". \"$0\"; npm_mcp_find_jdk; code=$?;"
                + " printf '%s\\n%s\\n%s\\n%s\\n' \"$code\" \"${NPM_MCP_JAVA:-}\" \"${NPM_MCP_JAVA_MAJOR:-}\""
                + " \"${JAVA_HOME:-}\"", script.toString());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", String.join(":", path));
        env.put("NPM_MCP_JVM_DIR", folder.toString());
        javaHome.ifPresent(home -> env.put("JAVA_HOME", home.toString()));
        builder.redirectError(dir.resolve("stderr.txt").toFile());
        Process process = builder.start();
        List<String> out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String stderr = Files.readString(dir.resolve("stderr.txt"));
        assertThat(out).as(stderr).hasSize(4);
        boolean found = out.get(0).equals("0");
        return new Found(Integer.parseInt(out.get(0)), out.get(1), out.get(2), found ? out.get(3) : "", stderr);
    }
}
