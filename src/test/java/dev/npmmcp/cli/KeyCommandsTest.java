package dev.npmmcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.security.EncryptionKeys;
import dev.npmmcp.security.Fernet;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringBackend;
import dev.npmmcp.security.KeyringException;
import dev.npmmcp.security.KeyringReference;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** keygen and keyring set, run in-process through picocli with captured streams and an in-memory keyring. */
class KeyCommandsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Keyring keyring = new Keyring(KeyringBackend.inMemory());
    private final List<String> prompts = new ArrayList<>();

    private int run(Keyring target, SecretInput secrets, String... args) {
        return Main.commandLine(target, secrets)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    private int run(SecretInput secrets, String... args) {
        return run(keyring, secrets, args);
    }

    private SecretInput typed(String secret) {
        return prompt -> {
            prompts.add(prompt);
            return Optional.of(secret);
        };
    }

    private static SecretInput piped(String text) {
        return SecretInput.firstLineOf(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldPrintAFreshUsableKeyOnStdoutAndTheHintOnStderr() {
        assertThat(run(prompt -> Optional.empty(), "keygen")).isZero();
        String first = out.toString().strip();
        out.getBuffer().setLength(0);
        run(prompt -> Optional.empty(), "keygen");

        assertThat(out.toString().strip()).isNotEqualTo(first);
        assertThat(first).doesNotContain("\n");
        byte[] plain = "token".getBytes(StandardCharsets.UTF_8);
        assertThat(Fernet.withKey(first).decrypt(Fernet.withKey(first).encrypt(plain), Optional.empty()))
                .isEqualTo(plain);
        assertThat(err.toString()).contains(EncryptionKeys.ENV_VAR).doesNotContain(first);
    }

    @Test
    void shouldStoreTheSecretItReadsAndPrintTheReferenceToUse() {
        int exit = run(typed("s3cret-password"), "keyring", "set", "npm-mcp/admin@example.com/home");

        assertThat(exit).isZero();
        assertThat(keyring.resolve("keyring:npm-mcp/admin@example.com/home")).isEqualTo("s3cret-password");
        assertThat(out.toString()).isEqualTo("keyring:npm-mcp/admin@example.com/home" + System.lineSeparator());
        assertThat(prompts).containsExactly("Secret for keyring:npm-mcp/admin@example.com/home: ");
        assertThat(out.toString() + err.toString()).doesNotContain("s3cret");
    }

    @Test
    void shouldAcceptTheReferenceWithItsPrefixAndAPipedSecretWithoutItsLineEnd() {
        assertThat(run(piped("piped-secret\r\nsecond line\n"), "keyring", "set", "keyring:npm-mcp/office")).isZero();

        assertThat(keyring.lookup(new KeyringReference("npm-mcp", "office"))).contains("piped-secret");
    }

    @Test
    void shouldStoreNothingWhenNoSecretIsGiven() {
        assertThat(run(piped(""), "keyring", "set", "npm-mcp/office")).isEqualTo(1);

        assertThat(err.toString()).contains("no secret given");
        assertThat(keyring.lookup(new KeyringReference("npm-mcp", "office"))).isEmpty();
    }

    @Test
    void shouldRejectAnEntryThatIsNotServiceSlashAccountAsAUsageError() {
        assertThat(run(typed("x-secret"), "keyring", "set", "just-a-service")).isEqualTo(2);
        assertThat(err.toString()).contains("SERVICE/ACCOUNT");
        assertThat(prompts).isEmpty();
    }

    @Test
    void shouldNameTheAlternativesWhereThereIsNoKeyring() {
        KeyringBackend none = new KeyringBackend() {
            @Override
            public Optional<String> get(String service, String account) {
                throw unavailable();
            }

            @Override
            public void set(String service, String account, String secret) {
                throw unavailable();
            }

            private KeyringException unavailable() {
                return new KeyringException("No OS keyring is available here. Give the secret as a ${VAR} reference"
                        + " to an environment variable, or put it in a file only you can read (chmod 600) instead.");
            }
        };

        assertThat(run(new Keyring(none), typed("s3cret-password"), "keyring", "set", "npm-mcp/home")).isEqualTo(1);

        assertThat(err.toString()).contains("No OS keyring", "${VAR}", "chmod 600").doesNotContain("s3cret");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void shouldAskForASubcommandOfKeyring() {
        assertThat(run(typed("x-secret"), "keyring")).isEqualTo(2);
        assertThat(err.toString()).contains("subcommand");
    }
}
