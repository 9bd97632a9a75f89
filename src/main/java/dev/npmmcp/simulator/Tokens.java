package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * NPM's JWTs. NPM signs RS256 with a key of its own; the simulator signs HS256 with a per-instance key, which a client
 * cannot tell apart because clients never verify the signature. Claims follow NPM: {@code attrs.id}, {@code scope}.
 */
final class Tokens {

    static final String USER_SCOPE = "user";
    static final String CHALLENGE_SCOPE = "2fa-challenge";

    record Issued(String token, Instant expires) {
        ObjectNode toJson() {
            ObjectNode node = Json.object();
            node.put("token", token);
            node.put("expires", iso(expires));
            return node;
        }
    }

    record Claims(int userId, String scope, Instant expires) {}

    private Tokens() {}

    static String iso(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    static Issued issue(SimState state, int userId, String scope, java.time.Duration lifetime) {
        Instant now = state.instant();
        Instant expires = now.plus(lifetime);
        ObjectNode payload = Json.object();
        payload.put("iss", "api");
        payload.putObject("attrs").put("id", userId);
        payload.putArray("scope").add(scope);
        byte[] jti = new byte[12];
        state.random.nextBytes(jti);
        payload.put("jti", HexFormat.of().formatHex(jti));
        payload.put("iat", now.getEpochSecond());
        payload.put("exp", expires.getEpochSecond());
        String header = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String body = encode(Json.write(payload).getBytes(StandardCharsets.UTF_8));
        String signature = encode(sign(state.signingKey, header + "." + body));
        return new Issued(header + "." + body + "." + signature, expires.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Reads a token. Empty for anything that is not a token of this instance (NPM's jwt library throws, which NPM
     * turns into a 500); an expired token gives its claims so that the caller can answer NPM's 400.
     */
    static Optional<Claims> read(SimState state, String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        byte[] expected = sign(state.signingKey, parts[0] + "." + parts[1]);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        Optional<JsonNode> payload = Json.parse(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8));
        return payload.map(p -> new Claims(p.path("attrs").path("id").asInt(), p.path("scope").path(0).asText(),
                Instant.ofEpochSecond(p.path("exp").asLong())));
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] sign(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
