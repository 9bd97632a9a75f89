package dev.npmmcp.certificate;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The key type of a Let's Encrypt certificate (NPM 2.13.6+). */
public enum KeyType {
    @JsonProperty("rsa")
    RSA("rsa"),
    @JsonProperty("ecdsa")
    ECDSA("ecdsa");

    private final String wireName;

    KeyType(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }
}
