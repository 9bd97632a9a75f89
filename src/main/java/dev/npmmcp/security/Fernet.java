package dev.npmmcp.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Fernet tokens as specified at github.com/fernet/spec: {@code base64url(0x80 ‖ timestamp ‖ IV ‖ AES-128-CBC
 * ciphertext ‖ HMAC-SHA256)}. Tokens made here open with Python's {@code cryptography.fernet} and the reverse, so a
 * user can inspect the token cache with standard tools. Thread-safe: ciphers and MACs are made per call.
 */
public final class Fernet {

    private static final byte VERSION = (byte) 0x80;
    private static final int KEY_BYTES = 32;
    private static final int HALF_KEY_BYTES = 16;
    private static final int BLOCK_BYTES = 16;
    private static final int HMAC_BYTES = 32;
    private static final int HEADER_BYTES = 1 + 8 + BLOCK_BYTES;
    /** As the spec's reference implementations: a token may be stamped up to a minute ahead of our clock. */
    private static final long MAX_CLOCK_SKEW_SECONDS = 60;

    private final SecretKeySpec signingKey;
    private final SecretKeySpec encryptionKey;
    private final Clock clock;
    private final IvSource ivSource;

    private Fernet(byte[] key, Clock clock, IvSource ivSource) {
        this.signingKey = new SecretKeySpec(key, 0, HALF_KEY_BYTES, "HmacSHA256");
        this.encryptionKey = new SecretKeySpec(key, HALF_KEY_BYTES, HALF_KEY_BYTES, "AES");
        this.clock = clock;
        this.ivSource = ivSource;
        Arrays.fill(key, (byte) 0);
    }

    /** A Fernet for a key made by {@link #generateKey()}; throws {@link IllegalArgumentException} for anything else. */
    public static Fernet withKey(String base64UrlKey) {
        return withKey(base64UrlKey, Clock.systemUTC());
    }

    /** As {@link #withKey(String)}, with the clock that stamps new tokens and judges their age. */
    public static Fernet withKey(String base64UrlKey, Clock clock) {
        return withKey(base64UrlKey, clock, IvSource.secureRandom());
    }

    static Fernet withKey(String base64UrlKey, Clock clock, IvSource ivSource) {
        Objects.requireNonNull(base64UrlKey, "key");
        return new Fernet(decodeKey(base64UrlKey.strip()), clock, ivSource);
    }

    /** 32 random bytes, base64url with padding (44 characters): 16 signing ‖ 16 encryption. */
    public static String generateKey() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return Base64.getUrlEncoder().encodeToString(key);
    }

    public String encrypt(byte[] plain) {
        Objects.requireNonNull(plain, "plain");
        byte[] iv = ivSource.next();
        if (iv.length != BLOCK_BYTES) {
            throw new IllegalStateException("an IV must be 16 bytes, got " + iv.length);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new IvParameterSpec(iv));
            byte[] ciphertext = cipher.doFinal(plain);
            ByteBuffer token = ByteBuffer.allocate(HEADER_BYTES + ciphertext.length + HMAC_BYTES);
            token.put(VERSION).putLong(clock.instant().getEpochSecond()).put(iv).put(ciphertext);
            token.put(hmac(token.array(), token.position()));
            return Base64.getUrlEncoder().encodeToString(token.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128-CBC or HMAC-SHA256 is unavailable in this JDK", e);
        }
    }

    /**
     * Opens a token, refusing it with {@link FernetException} when it is malformed, not signed with this key, or,
     * given a time-to-live, older than that or stamped more than a minute in the future.
     */
    public byte[] decrypt(String token, Optional<Duration> ttl) {
        Objects.requireNonNull(token, "token");
        byte[] data = decodeToken(token);
        int ciphertextLength = data.length - HEADER_BYTES - HMAC_BYTES;
        if (ciphertextLength < BLOCK_BYTES || ciphertextLength % BLOCK_BYTES != 0) {
            throw new FernetException("the token has the wrong length");
        }
        if (data[0] != VERSION) {
            throw new FernetException("the token has an unknown version");
        }
        int signedLength = data.length - HMAC_BYTES;
        byte[] expected = hmac(data, signedLength);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(data, signedLength, data.length))) {
            throw new FernetException("the token's signature does not match (another key, or a modified token)");
        }
        ttl.ifPresent(limit -> checkAge(ByteBuffer.wrap(data, 1, 8).getLong(), limit));
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new IvParameterSpec(data, 9, BLOCK_BYTES));
            return cipher.doFinal(data, HEADER_BYTES, ciphertextLength);
        } catch (BadPaddingException e) {
            throw new FernetException("the token's padding is invalid");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-128-CBC is unavailable in this JDK", e);
        }
    }

    private void checkAge(long timestamp, Duration ttl) {
        long now = clock.instant().getEpochSecond();
        // an unsigned timestamp beyond 2^63 reads as negative: it is far in the future
        if (timestamp < 0 || timestamp - now > MAX_CLOCK_SKEW_SECONDS) {
            throw new FernetException("the token is stamped too far in the future");
        }
        if (now - timestamp > ttl.toSeconds()) {
            throw new FernetException("the token has expired");
        }
    }

    private byte[] hmac(byte[] data, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(signingKey);
            mac.update(data, 0, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable in this JDK", e);
        }
    }

    private static byte[] decodeToken(String token) {
        // the reference implementations insist on padding; Java's decoder alone would accept its absence
        if (token.length() % 4 != 0) {
            throw new FernetException("the token is not padded base64url");
        }
        try {
            return Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw new FernetException("the token is not base64url");
        }
    }

    private static byte[] decodeKey(String key) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(key);
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(
                    "not a Fernet key: expected 32 bytes in URL-safe base64 (44 characters, as made by `npm-mcp keygen`)");
        }
        return bytes;
    }
}
