package dev.npmmcp.npm;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a host's {@code certificate_id} is set to on a write: an existing certificate, none (0), or {@code "new"}
 * (NPM requests a Let's Encrypt certificate for the host's domains).
 */
public record CertificateChoice(Object wireValue) {

    public static CertificateChoice existing(int id) {
        if (id < 1) {
            throw new IllegalArgumentException("certificate id must be >= 1, was " + id);
        }
        return new CertificateChoice(id);
    }

    public static CertificateChoice none() {
        return new CertificateChoice(0);
    }

    public static CertificateChoice requestNew() {
        return new CertificateChoice("new");
    }

    /** From NPM's id convention: 0 means none. */
    public static CertificateChoice ofId(int id) {
        return id == 0 ? none() : existing(id);
    }

    @JsonValue
    public Object wireValue() {
        return wireValue;
    }

    @JsonIgnore
    public boolean isNew() {
        return "new".equals(wireValue);
    }
}
