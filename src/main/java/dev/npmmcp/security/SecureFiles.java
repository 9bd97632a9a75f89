package dev.npmmcp.security;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Files only their owner can read: directories 0700, files 0600 (on POSIX; on ACL file systems such as NTFS an ACL
 * granting the owner alone; elsewhere whatever the defaults are). Writes are atomic so a crash never leaves a half
 * written key, token or config behind.
 */
public final class SecureFiles {

    private static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<String> WINDOWS_TRUSTED =
            Set.of("NT AUTHORITY\\SYSTEM", "BUILTIN\\Administrators", "NT SERVICE\\TrustedInstaller");

    private SecureFiles() {}

    /**
     * Creates the directory and its missing parents readable by their owner only. Directories that already exist are
     * left as they are: the config may live in a directory the user shares on purpose (a home, /etc/npm-mcp), and
     * the files written into it are 0600 anyway.
     */
    public static Path ensurePrivateDir(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
            ensurePrivateDir(parent);
        }
        try {
            if (isPosix(dir)) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PRIVATE_DIR));
            } else {
                Files.createDirectory(dir);
            }
        } catch (FileAlreadyExistsException e) {
            // another process made it meanwhile; as above, theirs stays as it is
            return dir;
        }
        restrictToOwner(dir);
        return dir;
    }

    /** Replaces {@code file} with {@code content} atomically, as a 0600 file. The parent directory must exist. */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Path temp = writeTemp(file, content);
        try {
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(file);
    }

    /**
     * Creates {@code file} with {@code content} as a 0600 file unless it already exists; returns whether it did. Two
     * processes racing to create the same key file thus agree on one content, and no reader sees a partial file.
     */
    public static boolean createAtomically(Path file, byte[] content) throws IOException {
        Path temp = writeTemp(file, content);
        try {
            Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // a file system without hard links: a non-replacing move is the next best thing
            try {
                Files.move(temp, file);
            } catch (FileAlreadyExistsException raced) {
                return false;
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(file);
        return true;
    }

    /** Restricts an existing file to 0600, or a directory to 0700, or the ACL equivalent. */
    public static void restrictToOwner(Path path) throws IOException {
        boolean directory = Files.isDirectory(path);
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(directory ? PRIVATE_DIR : PRIVATE_FILE);
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl != null) {
            AclEntry.Builder owner = AclEntry.newBuilder()
                    .setType(AclEntryType.ALLOW)
                    .setPrincipal(acl.getOwner())
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class));
            if (directory) {
                owner.setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
            }
            acl.setAcl(List.of(owner.build()));
        }
    }

    /**
     * Whether anyone but the owner (and, on Windows, the system and administrators) may read the file. False where
     * the file system can tell neither by POSIX permissions nor by ACL.
     */
    public static boolean isReadableByOthers(Path file) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
            return permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ);
        }
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl == null) {
            return false;
        }
        UserPrincipal owner = acl.getOwner();
        return acl.getAcl().stream()
                .filter(entry -> entry.type() == AclEntryType.ALLOW)
                .filter(entry -> entry.permissions().contains(AclEntryPermission.READ_DATA))
                .map(AclEntry::principal)
                .anyMatch(principal -> !principal.equals(owner) && !WINDOWS_TRUSTED.contains(principal.getName()));
    }

    private static Path writeTemp(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        String prefix = "." + file.getFileName() + ".";
        Path temp = isPosix(dir)
                ? Files.createTempFile(dir, prefix, ".tmp", PosixFilePermissions.asFileAttribute(PRIVATE_FILE))
                : Files.createTempFile(dir, prefix, ".tmp");
        try {
            restrictToOwner(temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            return temp;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    private static void syncDirectory(Path file) {
        // makes the rename itself durable on POSIX; Windows cannot open a directory as a channel, and the rename
        // has already happened, so there is nothing to undo when this fails
        try (FileChannel dir = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // best effort, see above
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
