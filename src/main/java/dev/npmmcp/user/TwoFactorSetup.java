package dev.npmmcp.user;

import java.util.Objects;

/** The start of a 2FA setup: the TOTP secret and its otpauth URL (for a QR code). {@code toString} hides both. */
public record TwoFactorSetup(String secret, String otpauthUrl) {

    public TwoFactorSetup {
        Objects.requireNonNull(secret, "secret");
        otpauthUrl = Objects.requireNonNullElse(otpauthUrl, "");
    }

    @Override
    public String toString() {
        return "TwoFactorSetup[***]";
    }
}
