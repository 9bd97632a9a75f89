package dev.npmmcp.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.security.EncryptionKeys;
import dev.npmmcp.security.Fernet;
import dev.npmmcp.security.Keyring;
import dev.npmmcp.security.KeyringBackend;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The encrypted token cache with real logins against the simulator; each new store stands for a restart. */
class EncryptedTokenStoreTest {

    @TempDir
    Path home;

    private final String key = Fernet.generateKey();
    private final Keyring emptyKeyring = new Keyring(KeyringBackend.inMemory());
    /** Fails the way a native keyring library may: not with the KeyringException the backends promise. */
    private final Keyring brokenKeyring = new Keyring(new KeyringBackend() {
        @Override
        public Optional<String> get(String service, String account) {
            throw new IllegalStateException("D-Bus went away");
        }

        @Override
        public void set(String service, String account, String secret) {
            throw new IllegalStateException("D-Bus went away");
        }
    });
    private NpmSimulator sim;
    private Path cache;

    @BeforeEach
    void start() {
        sim = SimFixture.start(NpmProfile.V2_15);
        cache = home.resolve("npm-mcp").resolve("tokens");
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    private TokenStore store(String withKey) {
        return TokenStore.encrypted(cache, new EncryptionKeys(
                Map.of(EncryptionKeys.ENV_VAR, withKey), emptyKeyring, cache.resolve("token-cache.key")));
    }

    /** One authenticated call through a new client, as the first call after a start makes. */
    private void call(TokenStore tokens) {
        try (NpmClient client = NpmClient.connect(SimFixture.connection(sim, SimFixture.admin(), 0), tokens)) {
            assertThat(client.send(NpmRequest.get("getUser", "/users/me")).path("email").asText())
                    .isEqualTo(SimFixture.ADMIN);
        }
    }

    private Path file() {
        return cache.resolve("sim.fernet");
    }

    @Test
    void shouldReuseTheCachedTokenAfterARestartWithoutLoggingIn() {
        call(store(key));
        call(store(key));

        assertThat(sim.requestCount("requestToken")).isEqualTo(1);
    }

    @Test
    void shouldKeepOnlyEncryptedTokensInOwnerOnlyFiles() throws IOException {
        call(store(key));

        String content = Files.readString(file(), StandardCharsets.US_ASCII);
        assertThat(content).startsWith("gAAAAA").doesNotContain("eyJ");
        JsonNode stored = new ObjectMapper().readTree(Fernet.withKey(key).decrypt(content.strip(), Optional.empty()));
        assertThat(stored.path("token").asText()).startsWith("eyJ");
        assertThat(content).doesNotContain(stored.path("token").asText());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(cache)) {
            for (Path any : files.toList()) {
                assertThat(Files.readString(any, StandardCharsets.ISO_8859_1)).doesNotContain("eyJ");
            }
        }
    }

    @Test
    void shouldLogInAfreshWhenTheCacheFileWasTamperedWith() throws IOException {
        call(store(key));
        String token = Files.readString(file(), StandardCharsets.US_ASCII).strip();
        char flipped = token.charAt(40) == 'A' ? 'B' : 'A';
        Files.writeString(file(), token.substring(0, 40) + flipped + token.substring(41));

        call(store(key));

        assertThat(sim.requestCount("requestToken")).isEqualTo(2);
        // the fresh token replaced the damaged file and serves the next start
        call(store(key));
        assertThat(sim.requestCount("requestToken")).isEqualTo(2);
    }

    @Test
    void shouldLogInAfreshWhenTheCacheFileIsGarbage() throws IOException {
        call(store(key));
        Files.writeString(file(), "not a fernet token at all");

        call(store(key));

        assertThat(sim.requestCount("requestToken")).isEqualTo(2);
    }

    @Test
    void shouldLogInAfreshWhenTheKeyChanged() {
        call(store(key));

        call(store(Fernet.generateKey()));

        assertThat(sim.requestCount("requestToken")).isEqualTo(2);
    }

    @Test
    void shouldLogInAfreshWhenTheFileDecryptsToSomethingElse() throws IOException {
        Files.createDirectories(cache);
        Files.writeString(file(), Fernet.withKey(key).encrypt("[1,2,3]".getBytes(StandardCharsets.UTF_8)));

        call(store(key));

        assertThat(sim.requestCount("requestToken")).isEqualTo(1);
    }

    @Test
    void shouldCreateTheKeyFileOnlyWhenATokenIsFirstCachedAndReuseIt() throws IOException {
        Path keyFile = cache.resolve("token-cache.key");
        TokenStore first = TokenStore.encrypted(cache, new EncryptionKeys(Map.of(), emptyKeyring, keyFile));
        assertThat(cache).doesNotExist();

        call(first);
        call(TokenStore.encrypted(cache, new EncryptionKeys(Map.of(), emptyKeyring, keyFile)));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
        assertThat(sim.requestCount("requestToken")).isEqualTo(1);
    }

    @Test
    void shouldKeepTokensInMemoryWhenNoKeyCanBeHad() throws IOException {
        Path blocker = Files.writeString(home.resolve("not-a-directory"), "x");
        TokenStore tokens = TokenStore.encrypted(blocker.resolve("tokens"),
                new EncryptionKeys(Map.of(), brokenKeyring, blocker.resolve("tokens").resolve("token-cache.key")));

        assertThatCode(() -> {
            call(tokens);
            call(tokens);
        }).doesNotThrowAnyException();
        assertThat(sim.requestCount("requestToken")).isEqualTo(1);
    }

    @Test
    void shouldDeleteTheFileOnRemoveEvenWithoutAUsableKey() throws IOException {
        store(key).save("home", new CachedToken("eyJhbGciOi.payload.sig", Instant.now().plusSeconds(600)));
        Path saved = cache.resolve("home.fernet");
        assertThat(saved).exists();

        Path blocker = Files.writeString(home.resolve("not-a-directory"), "x");
        TokenStore withoutKey = TokenStore.encrypted(cache,
                new EncryptionKeys(Map.of(), brokenKeyring, blocker.resolve("token-cache.key")));
        assertThat(withoutKey.load("home")).isEmpty();
        withoutKey.remove("home");

        assertThat(saved).doesNotExist();
        assertThat(store(key).load("home")).isEmpty();
        assertThat(List.of(cache.toFile().list())).doesNotContain("home.fernet");
    }
}
