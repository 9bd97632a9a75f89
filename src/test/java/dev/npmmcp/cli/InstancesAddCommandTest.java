package dev.npmmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.instance.InstanceConfig;
import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.instance.InstanceSpec;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringBackend;
import dev.npmmcp.security.KeyringException;
import dev.npmmcp.security.KeyringReference;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code instances add}, in-process through picocli with an in-memory keyring and a loader over a temp home. */
class InstancesAddCommandTest {

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Keyring keyring = new Keyring(KeyringBackend.inMemory());

    private int run(Keyring target, SecretInput secrets, String... args) {
        return Main.commandLine(target, secrets, () -> new InstanceConfigLoader(Map.of(), home))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    private Path file() {
        return home.resolve("conf").resolve("instances.yaml");
    }

    private InstanceConfig load(Map<String, String> env) {
        return new InstanceConfigLoader(env, home).load(Optional.of(file()));
    }

    @Test
    void shouldStoreTheTypedPasswordInTheKeyringAndWriteOnlyTheReference() throws IOException {
        int exit = run(keyring, prompt -> Optional.of("s3cret-typed"), "instances", "add", "home", "--host", "npm.lan",
                "--username", "admin@example.com", "--password-from-keyring", "--default", "--config",
                file().toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(keyring.lookup(new KeyringReference("npm-mcp", "home"))).contains("s3cret-typed");
        String written = Files.readString(file());
        assertThat(written).contains("keyring:npm-mcp/home").doesNotContain("s3cret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        InstanceSpec spec = load(Map.of()).instance("home").orElseThrow().spec();
        assertThat(spec.password()).contains("keyring:npm-mcp/home");
        assertThat(spec.isDefault()).isTrue();
        assertThat(spec.baseUri()).hasToString("http://npm.lan:81");
        assertThat(out.toString() + err.toString()).doesNotContain("s3cret").contains("keyring:npm-mcp/home");
    }

    @Test
    void shouldWriteAVariableReferenceAndSayWhenTheVariableIsNotSet() throws IOException {
        int exit = run(keyring, prompt -> Optional.empty(), "instances", "add", "vps", "--host", "proxy.example.org",
                "--port", "443", "--https", "--username", "ops@example.org", "--password-env", "NPM_VPS_PASSWORD",
                "--config", file().toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(load(Map.of("NPM_VPS_PASSWORD", "from-env")).instance("vps").orElseThrow().spec().password())
                .contains("from-env");
        assertThat(err.toString()).contains("NPM_VPS_PASSWORD is not set");
    }

    @Test
    void shouldStoreNothingWhereThereIsNoKeyring() {
        Keyring none = new Keyring(new KeyringBackend() {
            @Override
            public Optional<String> get(String service, String account) {
                throw new KeyringException("No OS keyring is available here.");
            }

            @Override
            public void set(String service, String account, String secret) {
                throw new KeyringException("No OS keyring is available here.");
            }
        });

        int exit = run(none, prompt -> Optional.of("s3cret-typed"), "instances", "add", "home", "--host", "npm.lan",
                "--username", "admin@example.com", "--password-from-keyring", "--config", file().toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("No OS keyring is available here", "--password-env");
        assertThat(file()).doesNotExist();
    }

    @Test
    void shouldRefuseAnExistingNameWithoutReplacingItsStoredPassword() throws IOException {
        keyring.store(new KeyringReference("npm-mcp", "home"), "the-old-one");
        run(keyring, prompt -> Optional.empty(), "instances", "add", "home", "--host", "npm.lan", "--username",
                "admin@example.com", "--password-env", "HOME_PW", "--config", file().toString());
        String before = Files.readString(file());

        int exit = run(keyring, prompt -> Optional.of("a-new-one"), "instances", "add", "home", "--host", "other.lan",
                "--username", "admin@example.com", "--password-from-keyring", "--config", file().toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("already has an instance named 'home'");
        assertThat(keyring.lookup(new KeyringReference("npm-mcp", "home"))).contains("the-old-one");
        assertThat(Files.readString(file())).isEqualTo(before);
    }

    @Test
    void shouldRequireTheUsernameAndExactlyOnePasswordSource() {
        assertThat(run(keyring, prompt -> Optional.empty(), "instances", "add", "home", "--host", "npm.lan",
                "--username", "admin@example.com", "--config", file().toString())).isEqualTo(2);
        assertThat(run(keyring, prompt -> Optional.empty(), "instances", "add", "home", "--host", "npm.lan",
                "--username", "admin@example.com", "--password-env", "A", "--password-from-keyring", "--config",
                file().toString())).isEqualTo(2);
        assertThat(run(keyring, prompt -> Optional.empty(), "instances", "add", "home", "--host", "npm.lan",
                "--username", "admin@example.com", "--password-env", "not a name", "--config",
                file().toString())).isEqualTo(2);
        assertThat(file()).doesNotExist();
    }

    @Test
    void shouldReportInvalidSettingsWithoutWritingOrStoring() {
        int exit = run(keyring, prompt -> Optional.of("s3cret-typed"), "instances", "add", "home", "--host",
                "http://npm.lan", "--username", "admin@example.com", "--password-from-keyring", "--config",
                file().toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("bare host name");
        assertThat(keyring.lookup(new KeyringReference("npm-mcp", "home"))).isEmpty();
        assertThat(file()).doesNotExist();
    }
}
