package dev.npmmcp.npm;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The secrets one client knows (password, TOTP secret, tokens), cut out of any text that leaves the client in an
 * exception. JWTs and PEM private keys are cut even when unknown, since NPM echoes them in some answers.
 */
final class Secrets {

    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN ([A-Z ]*)PRIVATE KEY-----.*?(-----END \\1PRIVATE KEY-----|$)", Pattern.DOTALL);
    private static final int MIN_SECRET_LENGTH = 4;

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    void register(String secret) {
        if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
            known.add(secret);
        }
    }

    String scrub(String text) {
        String result = text;
        for (String secret : known) {
            result = result.replace(secret, "***");
        }
        result = JWT.matcher(result).replaceAll("***");
        return PRIVATE_KEY.matcher(result).replaceAll("[private key removed]");
    }
}
