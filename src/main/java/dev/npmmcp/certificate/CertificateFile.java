package dev.npmmcp.certificate;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One public file of a certificate (never the private key). */
public record CertificateFile(
        @JsonPropertyDescription("File name, e.g. fullchain.pem") String name,
        @JsonPropertyDescription("The PEM text") String pem) {}
