package dev.npmmcp.simulator;

import java.util.List;

/** A user's 2FA: the TOTP secret, whether setup was confirmed, and the unused backup codes. */
record TwoFactorState(String secret, boolean enabled, List<String> backupCodes) {}
