package dev.npmmcp.certificate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** PEM texts of a custom certificate. {@code toString} hides the key. */
public record CustomCertificateFiles(String certificate, String certificateKey, Optional<String> intermediateCertificate) {

    public CustomCertificateFiles {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(certificateKey, "certificateKey");
        Objects.requireNonNull(intermediateCertificate, "intermediateCertificate");
    }

    /** NPM's multipart field names, in the order its own UI sends them. */
    Map<String, String> asFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("certificate", certificate);
        fields.put("certificate_key", certificateKey);
        intermediateCertificate.ifPresent(pem -> fields.put("intermediate_certificate", pem));
        return fields;
    }

    @Override
    public String toString() {
        return "CustomCertificateFiles[certificate, certificateKey=***"
                + (intermediateCertificate.isPresent() ? ", intermediateCertificate" : "") + "]";
    }
}
