package dev.npmmcp.user;

import java.util.List;

/** 2FA backup codes, shown once by NPM. {@code toString} hides them. */
public record BackupCodes(List<String> backupCodes) {

    public BackupCodes {
        backupCodes = backupCodes == null ? List.of() : List.copyOf(backupCodes);
    }

    @Override
    public String toString() {
        return "BackupCodes[" + backupCodes.size() + " codes]";
    }
}
