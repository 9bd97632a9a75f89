package dev.npmmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.instance.InstanceSettings;
import dev.npmmcp.npm.CachedToken;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.EncryptionKeys;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringBackend;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code serve} does with the security settings before it serves: --strict, and the token cache it picks. */
class ServeSecurityTest {

    @TempDir
    Path dir;

    private final AtomicInteger keyringCalls = new AtomicInteger();
    private final Keyring keyring = new Keyring(new KeyringBackend() {
        @Override
        public Optional<String> get(String service, String account) {
            keyringCalls.incrementAndGet();
            return Optional.empty();
        }

        @Override
        public void set(String service, String account, String secret) {
            keyringCalls.incrementAndGet();
        }
    });

    private Path readableConfigWithPlainPassword() throws IOException {
        Path file = dir.resolve("instances.yaml");
        Files.writeString(file, """
                instances:
                  - name: home
                    host: 127.0.0.1
                    username: admin@example.com
                    password: plain-text-pw
                settings:
                  cache_tokens: false
                """);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }

    /** Runs serve on stdio with stdin already at its end, so a server that starts also stops at once. */
    private record Run(int exit, String stderr) {}

    private Run serve(String... args) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        InputStream originalIn = System.in;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(new byte[0]));
        try {
            int exit = Main.commandLine(keyring, prompt -> Optional.empty()).execute(args);
            return new Run(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(originalErr);
            System.setIn(originalIn);
        }
    }

    @Test
    void shouldRefuseToStartWithStrictWhenPlainSecretsAreReadableByOthers() throws IOException {
        Path file = readableConfigWithPlainPassword();

        Run run = serve("serve", "--strict", "--config", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderr()).contains("--strict", file.toString(), "chmod 600 " + file)
                .doesNotContain("plain-text-pw");
        assertThat(dir.resolve("audit.log")).doesNotExist();
    }

    @Test
    void shouldStartWithAWarningNamingTheFileAndTheFixWithoutStrict() throws IOException {
        Path file = readableConfigWithPlainPassword();

        Run run = serve("serve", "--config", file.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.stderr()).contains("WARN", file.toString(), "chmod 600 " + file)
                .doesNotContain("plain-text-pw");
    }

    @Test
    void shouldStartWithoutTouchingTheKeyringOrTheTokenCache() throws IOException {
        Path file = dir.resolve("instances.yaml");
        Files.writeString(file, """
                instances:
                  - name: home
                    host: 127.0.0.1
                    username: admin@example.com
                    password: keyring:npm-mcp/home
                settings:
                  token_cache_dir: %s
                """.formatted(dir.resolve("tokens")));

        Run run = serve("serve", "--strict", "--config", file.toString());

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(keyringCalls).hasValue(0);
        assertThat(dir.resolve("tokens")).doesNotExist();
    }

    @Test
    void shouldCacheTokensEncryptedInTheConfiguredDirectoryByDefault() {
        Path cache = dir.resolve("tokens");
        TokenStore tokens = TokenCaches.forSettings(settings(true, cache),
                Map.of(EncryptionKeys.ENV_VAR, EncryptionKeys.generateKey()), keyring);

        tokens.save("home", new CachedToken("eyJhbGciOiJIUzI1NiJ9.e30.sig", Instant.now().plusSeconds(60)));

        assertThat(cache.resolve("home.fernet")).exists();
        assertThat(InstanceSettings.defaults(dir).cacheTokens()).isTrue();
    }

    @Test
    void shouldKeepTokensInMemoryOnlyWhenCachingIsOff() {
        Path cache = dir.resolve("tokens");
        TokenStore tokens = TokenCaches.forSettings(settings(false, cache), Map.of(), keyring);

        tokens.save("home", new CachedToken("eyJhbGciOiJIUzI1NiJ9.e30.sig", Instant.now().plusSeconds(60)));

        assertThat(tokens.load("home")).isPresent();
        assertThat(cache).doesNotExist();
    }

    @Test
    void shouldRefuseAMistypedKeyAtStartInsteadOfStartingANewCache() {
        assertThatThrownBy(() -> TokenCaches.forSettings(settings(true, dir.resolve("tokens")),
                        Map.of(EncryptionKeys.ENV_VAR, "not-a-key"), keyring))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(EncryptionKeys.ENV_VAR)
                .hasMessageNotContaining("not-a-key");
    }

    private static InstanceSettings settings(boolean cache, Path directory) {
        return new InstanceSettings(Duration.ofSeconds(5), 0, "INFO", cache, directory);
    }
}
