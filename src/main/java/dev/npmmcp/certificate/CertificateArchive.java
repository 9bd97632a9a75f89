package dev.npmmcp.certificate;

import java.util.Objects;

/** The zip NPM serves for a Let's Encrypt certificate; it contains the private key. {@code toString} hides it. */
public record CertificateArchive(int certificateId, byte[] zip) {

    public CertificateArchive {
        Objects.requireNonNull(zip, "zip");
        zip = zip.clone();
    }

    @Override
    public byte[] zip() {
        return zip.clone();
    }

    @Override
    public String toString() {
        return "CertificateArchive[certificateId=" + certificateId + ", " + zip.length + " bytes]";
    }
}
