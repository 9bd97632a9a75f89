package dev.npmmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringBackend;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code call}: one tool through the server's adapter, against the simulator configured as a user would. */
class CallCommandTest {

    private static final String PASSWORD = "call-test-Pa55word";

    @TempDir
    Path home;

    private final NpmSimulator npm = NpmSimulator.builder()
            .seed(SimulatorSeed.DEMO).admin(NpmSimulator.DEFAULT_ADMIN_EMAIL, PASSWORD).start();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stop() {
        npm.close();
    }

    private int run(String... args) {
        Map<String, String> env = Map.of(
                "NPM_URL", npm.baseUri().toString(),
                "NPM_IDENTITY", NpmSimulator.DEFAULT_ADMIN_EMAIL,
                "NPM_SECRET", PASSWORD,
                "NPM_INSTANCE_NAME", "lab");
        return Main.commandLine(new Keyring(KeyringBackend.inMemory()), prompt -> Optional.empty(),
                        () -> new InstanceConfigLoader(env, home))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void shouldPrintTheStructuredResultOfARead() {
        int exit = run("call", "npm_list_proxy_hosts", "{\"domain_filter\": \"example.net\"}", "--instance", "lab");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"instance\"").contains("cloud.example.net").doesNotContain(PASSWORD);
        assertThat(npm.requestCount("getProxyHosts")).isPositive();
    }

    @Test
    void shouldRefuseADestructiveStepWithoutConfirmEvenWhenTheArgumentsSayConfirm() {
        int exit = run("call", "npm_manage_proxy_host", "{\"operation\": \"delete\", \"host_id\": 1, \"confirm\": true}");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("needs the user's confirmation").contains("--confirm");
        assertThat(out.toString()).isEmpty();
        assertThat(npm.requestCount("deleteProxyHost")).isZero();
    }

    @Test
    void shouldMakeTheChangeWithConfirm() {
        int exit = run("call", "npm_manage_proxy_host", "{\"operation\": \"delete\", \"host_id\": 1}", "--confirm");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Deleted proxy host");
        assertThat(npm.requestCount("deleteProxyHost")).isEqualTo(1);
    }

    @Test
    void shouldRefuseAWriteInReadOnlyModeAndAnUnknownToolWithTheKnownOnes() {
        assertThat(run("call", "npm_manage_proxy_host", "{\"operation\": \"enable\", \"host_id\": 1}",
                "--read-only")).isEqualTo(1);
        assertThat(err.toString()).contains("no tool 'npm_manage_proxy_host'").contains("npm_list_proxy_hosts");
        assertThat(npm.requestCount("enableProxyHost")).isZero();

        assertThat(run("call", "npm_bogus")).isEqualTo(1);
        assertThat(err.toString()).contains("no tool 'npm_bogus'");
    }

    @Test
    void shouldSayWhenTheArgumentsAreNotAnObject() {
        assertThat(run("call", "npm_list_proxy_hosts", "[1, 2]")).isEqualTo(1);
        assertThat(err.toString()).contains("not a JSON object");
    }

    @Test
    void shouldPrintTheCatalogAsTheReadmeHasIt() {
        assertThat(run("tools")).isZero();
        assertThat(out.toString()).contains("| `npm_list_proxy_hosts` |").contains("| read-only |")
                .contains("| `npm_manage_proxy_host` |").contains("lazy mode");
    }
}
