package dev.npmmcp.npm;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * TLS for an {@code https} instance.
 *
 * @param verify check the server certificate and host name; off trusts anything (logged as a warning)
 * @param caCert a PEM file with the CA certificate(s) to trust instead of the JDK's, for self-signed setups
 */
public record TlsSettings(boolean verify, Optional<Path> caCert) {

    public TlsSettings {
        Objects.requireNonNull(caCert, "caCert");
    }

    public static TlsSettings verified() {
        return new TlsSettings(true, Optional.empty());
    }

    public static TlsSettings trustingCa(Path caCertPem) {
        return new TlsSettings(true, Optional.of(caCertPem));
    }

    public static TlsSettings insecure() {
        return new TlsSettings(false, Optional.empty());
    }
}
