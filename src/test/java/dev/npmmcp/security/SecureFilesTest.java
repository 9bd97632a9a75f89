package dev.npmmcp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecureFilesTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void requirePosix() {
        assumeThat(tmp.getFileSystem().supportedFileAttributeViews()).contains("posix");
    }

    @Test
    void shouldCreateMissingDirectoriesReadableByTheOwnerOnly() throws IOException {
        Path dir = SecureFiles.ensurePrivateDir(tmp.resolve("a/npm-mcp"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }

    @Test
    void shouldCreateEveryMissingParentPrivateButLeaveExistingDirectoriesAlone() throws IOException {
        Path shared = Files.createDirectory(tmp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));

        SecureFiles.ensurePrivateDir(shared.resolve("x/y"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared.resolve("x"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared.resolve("x/y"))))
                .isEqualTo("rwx------");
    }

    @Test
    void shouldWriteAtomicallyAsAnOwnerOnlyFileAndLeaveNoTemporaryFiles() throws IOException {
        Path file = tmp.resolve("instances.yaml");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        SecureFiles.writeAtomically(file, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void shouldCreateOnlyWhenTheFileIsAbsent() throws IOException {
        Path file = tmp.resolve("token-cache.key");

        boolean first = SecureFiles.createAtomically(file, "one".getBytes(StandardCharsets.UTF_8));
        boolean second = SecureFiles.createAtomically(file, "two".getBytes(StandardCharsets.UTF_8));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(file).hasContent("one");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void shouldTellWhetherOthersCanReadAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("config.yaml"), "password: x");

        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        boolean groupReadable = SecureFiles.isReadableByOthers(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw----r--"));
        boolean worldReadable = SecureFiles.isReadableByOthers(file);
        SecureFiles.restrictToOwner(file);
        boolean ownerOnly = SecureFiles.isReadableByOthers(file);

        assertThat(groupReadable).isTrue();
        assertThat(worldReadable).isTrue();
        assertThat(ownerOnly).isFalse();
    }
}
