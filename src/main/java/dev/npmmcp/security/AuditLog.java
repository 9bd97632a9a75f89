package dev.npmmcp.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record of every change made through the server: {@value #FILE_NAME}, one JSON object per line
 * ({@code time, instance, tool, target, outcome, message}), every value passed through the {@link Redactor}. The file
 * is created 0600 in a 0700 directory and rotated by size ({@value #FILE_NAME}.1 is the newest old file).
 *
 * <p>Thread-safe, and safe for several npm-mcp processes sharing one directory (a lock file orders their appends and
 * rotations). Use one instance per directory in a process: the JVM does not let two of its channels lock one file.
 */
public final class AuditLog {

    public static final String FILE_NAME = "audit.log";
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    public static final int DEFAULT_KEEP = 3;

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    public enum Outcome {
        /** The change was made. */
        OK,
        /** The call failed: bad arguments, an NPM error, a bug. */
        ERROR,
        /** The server or the user refused the change before it was made (read-only mode, no confirmation). */
        REFUSED;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One change as the log shows it.
     *
     * @param instance the NPM instance, when the call named or reached one
     * @param target a short identifier of what was changed (ids, domain names), never the arguments whole
     */
    public record Entry(
            Instant time, Optional<String> instance, String tool, String target, Outcome outcome, String message) {

        public Entry {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(message, "message");
        }
    }

    private final Path file;
    private final Path lockFile;
    private final Redactor redactor;
    private final long maxBytes;
    private final int keep;

    private AuditLog(Path directory, Redactor redactor, long maxBytes, int keep) {
        this.file = directory.resolve(FILE_NAME);
        this.lockFile = directory.resolve("." + FILE_NAME + ".lock");
        this.redactor = redactor;
        this.maxBytes = maxBytes;
        this.keep = keep;
    }

    /** The log in {@code directory} (created 0700 when missing), rotated at 5 MiB keeping 3 old files. */
    public static AuditLog open(Path directory, Redactor redactor) throws IOException {
        return open(directory, redactor, DEFAULT_MAX_BYTES, DEFAULT_KEEP);
    }

    /**
     * As {@link #open(Path, Redactor)} with another rotation size and count. Creates the directory and the file now,
     * so a log that cannot be written stops the server at start rather than losing the first change.
     */
    public static AuditLog open(Path directory, Redactor redactor, long maxBytes, int keep) throws IOException {
        Objects.requireNonNull(redactor, "redactor");
        if (maxBytes <= 0 || keep < 1) {
            throw new IllegalArgumentException("an audit log needs a positive size limit and keeps at least one file");
        }
        SecureFiles.ensurePrivateDir(directory);
        AuditLog log = new AuditLog(directory, redactor, maxBytes, keep);
        SecureFiles.openForAppend(log.file).close();
        if (SecureFiles.isReadableByOthers(log.file)) {
            LOG.warn("the audit log {} can be read by other users; restrict it with: chmod 600 {}", log.file, log.file);
        }
        return log;
    }

    public Path file() {
        return file;
    }

    /**
     * Appends one line. A failure to write is logged, not thrown: the change it records has already happened, and
     * failing the call would make the assistant think it had not.
     */
    public void append(Entry entry) {
        byte[] line = line(entry);
        try {
            write(line);
        } catch (IOException | RuntimeException e) {
            LOG.error("could not write the audit log {}: {}; the entry was {}", file, e.toString(),
                    new String(line, StandardCharsets.UTF_8).strip());
        }
    }

    private byte[] line(Entry entry) {
        ObjectNode json = JSON.createObjectNode();
        json.put("time", entry.time().toString());
        json.put("instance", entry.instance().orElse(null));
        json.put("tool", entry.tool());
        json.put("target", entry.target());
        json.put("outcome", entry.outcome().wireName());
        json.put("message", entry.message());
        try {
            // JSON escapes line breaks inside values, so an entry is always exactly one line
            return (JSON.writeValueAsString(redactor.redact(json)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an object of strings always serialises", e);
        }
    }

    private synchronized void write(byte[] line) throws IOException {
        try (FileChannel lockChannel = SecureFiles.openForAppend(lockFile);
                FileLock lock = lockChannel.lock()) {
            rotateIfFull(line.length);
            try (FileChannel out = SecureFiles.openForAppend(file)) {
                ByteBuffer buffer = ByteBuffer.wrap(line);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(false);
            }
        }
    }

    private void rotateIfFull(int adding) throws IOException {
        long size = Files.exists(file) ? Files.size(file) : 0;
        if (size == 0 || size + adding <= maxBytes) {
            return;
        }
        Files.deleteIfExists(numbered(keep));
        for (int n = keep - 1; n >= 1; n--) {
            if (Files.exists(numbered(n))) {
                Files.move(numbered(n), numbered(n + 1), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        Files.move(file, numbered(1), StandardCopyOption.ATOMIC_MOVE);
    }

    private Path numbered(int n) {
        return file.resolveSibling(FILE_NAME + "." + n);
    }
}
