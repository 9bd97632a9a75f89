package dev.npmmcp.mcp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret HTTP clients present. Only its SHA-256 digest is kept, and a presented token is compared digest to digest
 * with {@link MessageDigest#isEqual}, so neither its content nor its length leaks through timing.
 */
final class BearerToken {

    static final int MIN_LENGTH = 16;

    private final byte[] digest;

    private BearerToken(String token) {
        this.digest = sha256(token);
    }

    static BearerToken of(String token) {
        if (token.length() < MIN_LENGTH) {
            throw new IllegalArgumentException(
                    "the HTTP bearer token is too short: use at least " + MIN_LENGTH + " characters");
        }
        return new BearerToken(token);
    }

    /** 32 random bytes, base64url: for when NPM_MCP_HTTP_TOKEN is not set. */
    static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    boolean matches(String presented) {
        return MessageDigest.isEqual(digest, sha256(presented));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
