package dev.npmmcp.certificate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A certificate's public files, for download. NPM's zip (Let's Encrypt) holds {@code cert.pem}, {@code chain.pem},
 * {@code fullchain.pem} and {@code privkey.pem}; a custom certificate's files come from its record. The private key is
 * dropped here: no tool result carries one (the result redaction would mask it anyway, which only misleads the model).
 */
final class CertificateDownload {

    private CertificateDownload() {}

    static List<CertificateFile> fromZip(byte[] zip) {
        List<CertificateFile> files = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                String text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                if (!isKey(name, text)) {
                    files.add(new CertificateFile(name, text));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("NPM's certificate download is not a readable zip", e);
        }
        return List.copyOf(files);
    }

    static List<CertificateFile> fromRecord(Certificate certificate) {
        List<CertificateFile> files = new ArrayList<>();
        certificate.meta().certificate().ifPresent(pem -> files.add(new CertificateFile("certificate.pem", pem)));
        certificate.meta().intermediateCertificate()
                .filter(pem -> !pem.isBlank())
                .ifPresent(pem -> files.add(new CertificateFile("intermediate.pem", pem)));
        return List.copyOf(files);
    }

    private static boolean isKey(String name, String text) {
        return name.startsWith("privkey") || text.contains("PRIVATE KEY-----");
    }
}
