package dev.npmmcp.certificate;


/** One public file of a certificate (never the private key). */
public record CertificateFile(
        String name,
        String pem) {}
