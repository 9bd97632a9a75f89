package dev.npmmcp.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.npmmcp.security.SecureFiles;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Saves changes to an instances file so that nothing is lost: each change takes an exclusive lock on a sidecar
 * {@code .lock} file (shared with other processes), re-reads the file as it is now, applies only its own change, and
 * replaces the file atomically (temporary file in the same directory, fsync, rename) after copying the previous version
 * to the one {@code .bak} (also 0600). Two writers, threads or processes, therefore see each other's changes instead of overwriting
 * them. New files are 0600 and a new directory 0700: the file may hold passwords.
 */
public final class InstanceConfigFile {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path path;
    private final EnvSubstitution env;
    /** A JVM may hold one lock per file: threads of this process queue here before the file lock. */
    private final ReentrantLock inProcess = new ReentrantLock();

    InstanceConfigFile(Path path, EnvSubstitution env) {
        this.path = path.toAbsolutePath().normalize();
        this.env = env;
    }

    public Path path() {
        return path;
    }

    public Path backup() {
        return path.resolveSibling(path.getFileName() + ".bak");
    }

    Path lockFile() {
        return path.resolveSibling(path.getFileName() + ".lock");
    }

    /**
     * Appends a new instance, creating the file if needed; {@link InstanceConfigException} when the file already has
     * one of that name or cannot be parsed. Values are written literally, except the keys in {@code verbatim}, which
     * are written exactly as given (the way to write a {@code ${VAR}} reference).
     */
    public void add(InstanceSpec spec, Map<String, String> verbatim) {
        apply(new ConfigChange.AddInstance(spec, verbatim));
    }

    /** The names of the instances in the file as it is now (none when it does not exist yet). */
    public List<String> names() {
        if (!Files.exists(path)) {
            return List.of();
        }
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        JsonNode instances = InstanceYaml.parseYaml(content, path.toString()).path("instances");
        List<String> names = new ArrayList<>();
        for (JsonNode entry : instances) {
            JsonNode name = entry.path(InstanceEntry.NAME);
            if (name.isTextual()) {
                try {
                    names.add(env.resolve(name.textValue(), path.toString()));
                } catch (InstanceConfigException unresolvable) {
                    names.add(name.textValue());
                }
            }
        }
        return names;
    }

    /**
     * Applies one change to the file as it is on disk now, creating the file if needed.
     *
     * @return notes for the user about the change (e.g. a reference replaced by a value)
     */
    List<String> apply(ConfigChange change) {
        inProcess.lock();
        try {
            ensureDirectory();
            try (FileChannel channel = FileChannel.open(
                    lockFile(), Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), privateFile())) {
                FileLock lock = acquire(channel);
                try {
                    Optional<byte[]> previous =
                            Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
                    ObjectNode root = InstanceYaml.parseYaml(previous.orElse(new byte[0]), path.toString());
                    List<String> notes = change.applyTo(root, env, path.toString());
                    if (previous.isPresent()) {
                        SecureFiles.writeAtomically(backup(), previous.get());
                    }
                    SecureFiles.writeAtomically(path, InstanceYaml.write(root));
                    return notes;
                } finally {
                    lock.release();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + path + ": " + e.getMessage(), e);
        } finally {
            inProcess.unlock();
        }
    }

    private static FileLock acquire(FileChannel channel) throws IOException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException heldByAnotherWriterInThisJvm) {
                // another InstanceConfigFile for the same path in this JVM holds it: wait for its turn
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for the lock on the instances file");
                }
            }
        }
    }

    /** A missing directory is created private; an existing one is the user's choice and left as it is. */
    private void ensureDirectory() throws IOException {
        if (!Files.isDirectory(path.getParent())) {
            SecureFiles.ensurePrivateDir(path.getParent());
        }
    }

    private static FileAttribute<?>[] privateFile() {
        return POSIX
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
    }
}
