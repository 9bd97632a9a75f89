package dev.npmmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmConnection;
import dev.npmmcp.npm.NpmCredentials;
import dev.npmmcp.npm.TestPki;
import dev.npmmcp.npm.TlsSettings;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringBackend;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.user.UserApi;
import dev.npmmcp.user.UserCreate;
import dev.npmmcp.user.UserPermissionSet;
import dev.npmmcp.user.UserPermissionSet.Level;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code doctor} against the simulator, configured as a user would: healthy, and each way a setup goes wrong, each
 * a non-zero exit naming the instance, the failed check and the fix, and never a secret.
 */
class DoctorCommandTest {

    private static final String PASSWORD = "doctor-test-Pa55word";

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();

    private int doctor(Map<String, String> env, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "doctor";
        System.arraycopy(args, 0, all, 1, args.length);
        return Main.commandLine(new Keyring(KeyringBackend.inMemory()), prompt -> Optional.empty(),
                        () -> new InstanceConfigLoader(env, home))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(out, true))
                .execute(all);
    }

    private static Map<String, String> env(URI url, String identity, String secret) {
        Map<String, String> env = new HashMap<>(Map.of("NPM_URL", url.toString(), "NPM_IDENTITY", identity,
                "NPM_SECRET", secret, "NPM_INSTANCE_NAME", "lab", "NPM_MCP_ENCRYPTION_KEY",
                "cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4="));
        return env;
    }

    private static NpmSimulator simulator() {
        return NpmSimulator.builder().admin(NpmSimulator.DEFAULT_ADMIN_EMAIL, PASSWORD).start();
    }

    @Test
    void shouldPassAHealthySetupWithExitZero() {
        try (NpmSimulator npm = simulator()) {
            int exit = doctor(env(npm.baseUri(), NpmSimulator.DEFAULT_ADMIN_EMAIL, PASSWORD));

            assertThat(exit).as(out.toString()).isZero();
            assertThat(out.toString()).contains("Instance 'lab'", "[ok]      login", "NPM 2.15.1",
                    "administrator", "All checks passed.").doesNotContain(PASSWORD);
        }
    }

    @Test
    void shouldNameTheInstanceTheFailedLoginAndTheFixForAWrongPassword() {
        try (NpmSimulator npm = simulator()) {
            int exit = doctor(env(npm.baseUri(), NpmSimulator.DEFAULT_ADMIN_EMAIL, "wrong-Pa55word-x"));

            assertThat(exit).isEqualTo(1);
            assertThat(out.toString()).contains("Instance 'lab'", "[fail]    login", "next:",
                    "[skipped] version").doesNotContain("wrong-Pa55word-x").doesNotContain(PASSWORD);
        }
    }

    @Test
    void shouldSayNothingAnswersOnAClosedPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        int exit = doctor(env(URI.create("http://127.0.0.1:" + port), "a@example.com", PASSWORD));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("Instance 'lab'", "[fail]    tcp", "port " + port, "port 81",
                "[skipped] login").doesNotContain(PASSWORD);
    }

    @Test
    void shouldPointAtCaCertForASelfSignedNpm() throws Exception {
        try (NpmSimulator npm = NpmSimulator.builder().admin(NpmSimulator.DEFAULT_ADMIN_EMAIL, PASSWORD)
                .https(TestPki.rsa("127.0.0.1", "localhost").serverContext()).start()) {
            int exit = doctor(env(npm.baseUri(), NpmSimulator.DEFAULT_ADMIN_EMAIL, PASSWORD));

            assertThat(exit).isEqualTo(1);
            assertThat(out.toString()).contains("Instance 'lab'", "[fail]    tls", "ca_cert").doesNotContain(PASSWORD);
        }
    }

    @Test
    void shouldSayWhichToolsAUserWithoutCertificatePermissionWillBeRefused() {
        try (NpmSimulator npm = simulator();
                NpmClient admin = NpmClient.connect(new NpmConnection("sim", npm.baseUri(),
                        new NpmCredentials.Password(NpmSimulator.DEFAULT_ADMIN_EMAIL, PASSWORD, Optional.empty()),
                        Duration.ofSeconds(5), TlsSettings.verified(), 0), TokenStore.inMemory())) {
            UserApi users = new UserApi(admin);
            int id = users.create(UserCreate.of("Kim", "kim", "kim@example.net").withPassword("kims-Pa55word-1")).id();
            Optional<Level> manage = Optional.of(Level.MANAGE);
            users.setPermissions(id, new UserPermissionSet(Optional.empty(), manage, manage, manage, manage, manage,
                    Optional.of(Level.HIDDEN)));

            int exit = doctor(env(npm.baseUri(), "kim@example.net", "kims-Pa55word-1"));

            assertThat(exit).isEqualTo(1);
            assertThat(out.toString()).contains("Instance 'lab'", "[fail]    permissions",
                    "certificates: hidden (every tool on them is refused)", "'manage'")
                    .doesNotContain("kims-Pa55word-1");
        }
    }

    @Test
    void shouldAskForTheTotpSecretOfAnAccountWithTwoFactorOn() {
        try (NpmSimulator npm = simulator()) {
            String secret = npm.enableTwoFactor(NpmSimulator.DEFAULT_ADMIN_EMAIL);

            int exit = doctor(env(npm.baseUri(), NpmSimulator.DEFAULT_ADMIN_EMAIL, PASSWORD));

            assertThat(exit).isEqualTo(1);
            assertThat(out.toString()).contains("Instance 'lab'", "[fail]    login", "TOTP secret")
                    .doesNotContain(PASSWORD).doesNotContain(secret);
        }
    }

    @Test
    void shouldReportAsJsonForScripts() throws Exception {
        try (NpmSimulator npm = simulator()) {
            int exit = doctor(env(npm.baseUri(), NpmSimulator.DEFAULT_ADMIN_EMAIL, PASSWORD), "--json",
                    "--instance", "lab");

            JsonNode report = new ObjectMapper().readTree(out.toString());
            assertThat(exit).isZero();
            assertThat(report.path("passed").asBoolean()).isTrue();
            assertThat(report.path("report").path("instances").get(0).path("instance").asText()).isEqualTo("lab");
            assertThat(report.path("report").path("instances").get(0).path("checks")).hasSize(8);
        }
    }
}
