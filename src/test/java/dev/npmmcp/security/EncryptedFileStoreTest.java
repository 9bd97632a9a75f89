package dev.npmmcp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedFileStoreTest {

    @TempDir
    Path tmp;

    private final String key = Fernet.generateKey();

    @Test
    void shouldReadBackWhatItSavedFromAnEncryptedOwnerOnlyFile() throws IOException {
        EncryptedFileStore store = new EncryptedFileStore(dir(), Fernet.withKey(key));

        store.save("home", bytes("{\"token\":\"eyJabc\"}"));

        assertThat(store.load("home")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("{\"token\":\"eyJabc\"}")));
        Path file = dir().resolve("home.fernet");
        assertThat(Files.readString(file)).doesNotContain("eyJabc").startsWith("gAAAAA");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir()))).isEqualTo("rwx------");
    }

    @Test
    void shouldReturnEmptyForAMissingEntryOrDirectory() {
        assertThat(new EncryptedFileStore(dir(), Fernet.withKey(key)).load("nowhere")).isEmpty();
    }

    @Test
    void shouldReturnEmptyForAnEntrySavedWithAnotherKey() throws IOException {
        new EncryptedFileStore(dir(), Fernet.withKey(Fernet.generateKey())).save("home", bytes("x"));

        assertThat(new EncryptedFileStore(dir(), Fernet.withKey(key)).load("home")).isEmpty();
    }

    @Test
    void shouldWarnWithoutSecretsWhenAnEntryCannotBeOpened() throws IOException {
        String otherKey = Fernet.generateKey();
        new EncryptedFileStore(dir(), Fernet.withKey(otherKey)).save("home", bytes("jwt-abcdef"));
        String token = Files.readString(dir().resolve("home.fernet"));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            new EncryptedFileStore(dir(), Fernet.withKey(key)).load("home");
        } finally {
            System.setErr(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("WARN", "'home'", "signature")
                .doesNotContain(token, key, otherKey, "jwt-abcdef");
    }

    @Test
    void shouldReturnEmptyForATamperedEntry() throws IOException {
        EncryptedFileStore store = new EncryptedFileStore(dir(), Fernet.withKey(key));
        store.save("home", bytes("payload"));
        Path file = dir().resolve("home.fernet");
        String token = Files.readString(file);
        char flipped = token.charAt(30) == 'A' ? 'B' : 'A';
        Files.writeString(file, token.substring(0, 30) + flipped + token.substring(31));

        assertThat(store.load("home")).isEmpty();
    }

    @Test
    void shouldReturnEmptyForGarbage() throws IOException {
        EncryptedFileStore store = new EncryptedFileStore(dir(), Fernet.withKey(key));
        Files.createDirectories(dir());
        Files.write(dir().resolve("home.fernet"), new byte[] {(byte) 0xff, 0, 1});

        assertThat(store.load("home")).isEmpty();
    }

    @Test
    void shouldForgetRemovedEntries() throws IOException {
        EncryptedFileStore store = new EncryptedFileStore(dir(), Fernet.withKey(key));
        store.save("home", bytes("x"));

        store.remove("home");
        store.remove("never-saved");

        assertThat(store.load("home")).isEmpty();
    }

    @Test
    void shouldKeepUnusualNamesInsideTheDirectoryAndApart() throws IOException {
        EncryptedFileStore store = new EncryptedFileStore(dir(), Fernet.withKey(key));

        store.save("../escape", bytes("a"));
        store.save("..%2Fescape", bytes("b"));
        store.save("büro lab", bytes("c"));

        assertThat(store.load("../escape")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("a")));
        assertThat(store.load("..%2Fescape")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("b")));
        assertThat(store.load("büro lab")).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("c")));
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(dir());
        }
        try (Stream<Path> files = Files.list(dir())) {
            assertThat(files).hasSize(3);
        }
    }

    private Path dir() {
        return tmp.resolve("tokens");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
