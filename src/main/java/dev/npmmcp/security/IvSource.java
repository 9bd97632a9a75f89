package dev.npmmcp.security;

import java.security.SecureRandom;

/** Where Fernet's 128-bit IVs come from: random in production, fixed only to reproduce the spec's vectors. */
@FunctionalInterface
interface IvSource {

    byte[] next();

    static IvSource secureRandom() {
        SecureRandom random = new SecureRandom();
        return () -> {
            byte[] iv = new byte[16];
            random.nextBytes(iv);
            return iv;
        };
    }
}
