package dev.npmmcp.certificate;

import java.util.Objects;
import java.util.Optional;

/** A certificate together with its private key, for the rare caller that asked for it. {@code toString} hides it. */
public record CertificateWithKey(Certificate certificate, Optional<String> privateKey) {

    public CertificateWithKey {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    @Override
    public String toString() {
        return "CertificateWithKey[" + certificate + ", privateKey=" + (privateKey.isPresent() ? "***" : "none") + "]";
    }
}
