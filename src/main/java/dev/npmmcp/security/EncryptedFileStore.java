package dev.npmmcp.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Small secrets at rest, one Fernet token per name in a 0700 directory, each file 0600. Meant for caches (NPM's JWTs):
 * anything unreadable is treated as absent, because the caller can always log in again.
 */
public final class EncryptedFileStore {

    private static final Logger LOG = LoggerFactory.getLogger(EncryptedFileStore.class);
    private static final String SUFFIX = ".fernet";
    private static final int MAX_FILE_NAME = 255;

    private final Path directory;
    private final Fernet fernet;

    public EncryptedFileStore(Path directory, Fernet fernet) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.fernet = Objects.requireNonNull(fernet, "fernet");
    }

    /**
     * The content saved under {@code name}; empty, never an exception, when it is missing, unreadable, modified or
     * encrypted with another key (a WARN says which, without content).
     */
    public Optional<byte[]> load(String name) {
        Path file = fileFor(name);
        String token;
        try {
            token = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.warn("ignoring the cached entry for '{}': {} cannot be read ({})", name, file, e.toString());
            return Optional.empty();
        }
        try {
            return Optional.of(fernet.decrypt(token, Optional.empty()));
        } catch (FernetException e) {
            LOG.warn("ignoring the cached entry for '{}' in {}: {}; it is replaced at the next save",
                    name, file, e.getMessage());
            return Optional.empty();
        }
    }

    public void save(String name, byte[] content) throws IOException {
        Path file = fileFor(name);
        SecureFiles.ensurePrivateDir(directory);
        SecureFiles.writeAtomically(file, fernet.encrypt(content).getBytes(StandardCharsets.US_ASCII));
    }

    /** Forgets the entry (after a logout or a credential change); absent entries are fine. */
    public void remove(String name) throws IOException {
        delete(directory, name);
    }

    /**
     * Forgets an entry without the key: a cache whose key is unavailable in this run must still drop the token of
     * credentials that were just replaced, or it would come back once the key does.
     */
    public static void delete(Path directory, String name) throws IOException {
        Files.deleteIfExists(directory.resolve(fileName(name)));
    }

    private Path fileFor(String name) {
        return directory.resolve(fileName(name));
    }

    /**
     * Names are instance names chosen by users; percent-encoding everything but {@code [A-Za-z0-9_-]} keeps file names
     * portable, readable for ordinary names, distinct for distinct names, and free of path tricks like "..".
     */
    private static String fileName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a store entry needs a name");
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        encoded.append(SUFFIX);
        if (encoded.length() > MAX_FILE_NAME) {
            throw new IllegalArgumentException("the store entry name is too long for a file name: " + name);
        }
        return encoded.toString();
    }
}
