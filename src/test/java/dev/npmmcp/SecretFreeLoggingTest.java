package dev.npmmcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Captures everything npm-mcp logs at TRACE during login with 2FA, refresh, errors and certificate handling, and
 * checks that no password, TOTP secret, token or private key shows. Runs {@link LoggingScenario} in its own JVM so
 * the logging backend can be set to TRACE before any logger exists.
 */
class SecretFreeLoggingTest {

    private static final Pattern JWT_LIKE = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]+\\.");

    @TempDir
    Path dir;

    @Test
    void shouldLogRequestsButNoSecretAtTrace() throws Exception {
        Path secretsFile = dir.resolve("secrets.txt");
        Path logFile = dir.resolve("log.txt");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java,
                        "-cp", System.getProperty("java.class.path"),
                        // the backend the jar ships (it redacts), at its most verbose
                        "-Dnpmmcp.log.level=trace",
                        LoggingScenario.class.getName(), secretsFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(logFile.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the scenario finishes").isTrue();
        String log = Files.readString(logFile, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("the scenario ran; its output:%n%s", log).isZero();

        List<String> secrets = Files.readAllLines(secretsFile);
        assertThat(secrets).hasSizeGreaterThan(4);
        assertThat(log).contains("POST /tokens -> 200", "POST /tokens/2fa -> 200", "GET /tokens -> 200",
                "/download -> 200", "DEBUG");
        for (String secret : secrets) {
            assertThat(log).as("log output must not contain a secret").doesNotContain(secret);
        }
        assertThat(JWT_LIKE.matcher(log).find()).as("no JWT in the log").isFalse();
        assertThat(log).doesNotContain("PRIVATE KEY");
    }
}
