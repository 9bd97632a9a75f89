package dev.npmmcp.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A certificate's files split into the public ones and the private key. NPM's zip (Let's Encrypt) holds
 * {@code cert.pem}, {@code chain.pem}, {@code fullchain.pem} and {@code privkey.pem}; a custom certificate's files
 * come from its record.
 */
record CertificateDownload(List<CertificateFile> files, Optional<String> privateKey) {

    CertificateDownload {
        files = List.copyOf(files);
    }

    static CertificateDownload ofZip(byte[] zip) {
        List<CertificateFile> files = new ArrayList<>();
        Optional<String> key = Optional.empty();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                if (isKey(name, text)) {
                    key = Optional.of(text);
                } else {
                    files.add(new CertificateFile(name, text));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("NPM's certificate download is not a readable zip", e);
        }
        return new CertificateDownload(files, key);
    }

    static CertificateDownload ofCustom(Certificate certificate, Optional<String> key) {
        List<CertificateFile> files = new ArrayList<>();
        certificate.meta().certificate().ifPresent(pem -> files.add(new CertificateFile("certificate.pem", pem)));
        certificate.meta().intermediateCertificate()
                .filter(pem -> !pem.isBlank())
                .ifPresent(pem -> files.add(new CertificateFile("intermediate.pem", pem)));
        return new CertificateDownload(files, key);
    }

    private static boolean isKey(String name, String text) {
        return name.startsWith("privkey") || text.contains("PRIVATE KEY-----");
    }

    @Override
    public String toString() {
        return "CertificateDownload[" + files.stream().map(CertificateFile::name).toList() + ", privateKey="
                + (privateKey.isPresent() ? "***" : "none") + "]";
    }
}
