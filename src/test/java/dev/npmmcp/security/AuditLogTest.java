package dev.npmmcp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.security.AuditLog.Entry;
import dev.npmmcp.security.AuditLog.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant TIME = Instant.parse("2025-06-01T12:00:00Z");

    @TempDir
    Path tmp;

    private static Entry entry(String message) {
        return new Entry(TIME, Optional.of("home"), "npm_manage_proxy_host", "operation=delete host_id=7", Outcome.OK,
                message);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void shouldAppendOneJsonObjectPerLineWithTheSixFields() throws IOException {
        AuditLog log = AuditLog.open(tmp, new Redactor());

        log.append(entry("Deleted proxy host 7.\nIt served app.example.com."));
        log.append(new Entry(TIME, Optional.empty(), "npm_manage_instance", "", Outcome.REFUSED, "Refused."));

        List<String> lines = lines(tmp.resolve("audit.log"));
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0))).isEqualTo(JSON.readTree("""
                {"time":"2025-06-01T12:00:00Z","instance":"home","tool":"npm_manage_proxy_host",
                 "target":"operation=delete host_id=7","outcome":"ok",
                 "message":"Deleted proxy host 7.\\nIt served app.example.com."}"""));
        JsonNode refused = JSON.readTree(lines.get(1));
        assertThat(refused.get("instance").isNull()).isTrue();
        assertThat(refused.get("outcome").asText()).isEqualTo("refused");
    }

    @Test
    void shouldCreateTheLogOwnerOnlyInAnOwnerOnlyDirectory() throws IOException {
        assumeThat(tmp.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path dir = tmp.resolve("home/.npm-mcp");

        AuditLog log = AuditLog.open(dir, new Redactor());

        assertThat(log.file()).isEqualTo(dir.resolve("audit.log")).exists();
        assertThat(permissions(dir)).isEqualTo("rwx------");
        assertThat(permissions(log.file())).isEqualTo("rw-------");
    }

    @Test
    void shouldMaskRegisteredSecretsAndAnythingShapedLikeACredential() throws IOException {
        Redactor redactor = new Redactor();
        redactor.register("hunter2-top-secret");
        AuditLog log = AuditLog.open(tmp, redactor);
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlLXZhbHVl";

        log.append(new Entry(TIME, Optional.of("home"), "npm_update_instance_credentials", "name=hunter2-top-secret",
                Outcome.ERROR, "login with hunter2-top-secret failed; Authorization: Bearer " + jwt));

        String written = Files.readString(log.file());
        assertThat(written).doesNotContain("hunter2", jwt).contains(Redactor.MASK);
    }

    @Test
    void shouldRotateBySizeKeepingTheNewestFilesOwnerOnly() throws IOException {
        assumeThat(tmp.getFileSystem().supportedFileAttributeViews()).contains("posix");
        Path probe = tmp.resolve("probe");
        AuditLog.open(probe, new Redactor()).append(entry("change 000"));
        long lineLength = Files.size(probe.resolve("audit.log"));
        Path dir = tmp.resolve("log");
        AuditLog log = AuditLog.open(dir, new Redactor(), 3 * lineLength, 2);

        for (int i = 0; i < 10; i++) {
            log.append(entry(String.format("change %03d", i)));
        }

        assertThat(messages(dir.resolve("audit.log"))).containsExactly("change 009");
        assertThat(messages(dir.resolve("audit.log.1"))).containsExactly("change 006", "change 007", "change 008");
        assertThat(messages(dir.resolve("audit.log.2"))).containsExactly("change 003", "change 004", "change 005");
        assertThat(dir.resolve("audit.log.3")).doesNotExist();
        for (String name : List.of("audit.log", "audit.log.1", "audit.log.2")) {
            assertThat(permissions(dir.resolve(name))).as(name).isEqualTo("rw-------");
        }
    }

    private static List<String> messages(Path file) throws IOException {
        List<String> messages = new ArrayList<>();
        for (String line : lines(file)) {
            messages.add(JSON.readTree(line).get("message").asText());
        }
        return messages;
    }

    @Test
    void shouldKeepEveryEntryWholeWhenCallsWriteAndRotateConcurrently() throws Exception {
        AuditLog log = AuditLog.open(tmp, new Redactor(), 4096, 1000);
        int threads = 8;
        int perThread = 50;
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> IntStream.range(0, perThread)
                        .forEach(i -> log.append(entry("thread " + thread + " change " + i)))));
            }
            for (Future<?> future : done) {
                future.get();
            }
        }

        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(tmp)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("audit.log")).toList()) {
                assertThat(Files.size(file)).as(file.toString()).isLessThanOrEqualTo(4096);
                all.addAll(messages(file));
            }
        }
        assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates();
    }

    @Test
    void shouldNotFailTheCallWhenTheLogCannotBeWritten() throws IOException {
        Path dir = tmp.resolve("gone");
        AuditLog log = AuditLog.open(dir, new Redactor());
        Files.delete(log.file());
        Files.delete(dir);
        Files.writeString(dir, "a file where the directory was");

        assertThatCode(() -> log.append(entry("Deleted proxy host 7."))).doesNotThrowAnyException();
    }
}
