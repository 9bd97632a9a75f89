package dev.npmmcp.user;

/** Whether a user has 2FA on, and how many backup codes are left. */
public record TwoFactorStatus(boolean enabled, int backupCodesRemaining) {}
