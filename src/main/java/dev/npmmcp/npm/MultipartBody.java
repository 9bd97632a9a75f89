package dev.npmmcp.npm;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A {@code multipart/form-data} body of text files, the way NPM's certificate upload and validate routes read them
 * (one part per field, each with a file name). {@code toString} never shows the contents: they hold private keys.
 */
public final class MultipartBody {

    private final Map<String, String> files;
    private final String boundary;

    private MultipartBody(Map<String, String> files, String boundary) {
        this.files = files;
        this.boundary = boundary;
    }

    /** Fields in order, each sent as a file named after its field ({@code certificate.pem}). */
    public static MultipartBody ofFiles(Map<String, String> files) {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        Map<String, String> ordered = new LinkedHashMap<>(Objects.requireNonNull(files, "files"));
        ordered.keySet().forEach(field -> {
            if (!field.matches("[a-z_]+")) {
                throw new IllegalArgumentException("unexpected multipart field name: " + field);
            }
        });
        return new MultipartBody(ordered, "----npm-mcp-" + HexFormat.of().formatHex(random));
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public Set<String> fieldNames() {
        return Collections.unmodifiableSet(files.keySet());
    }

    byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.forEach((field, content) -> {
            if (content.contains(boundary)) {
                throw new IllegalArgumentException("field " + field + " contains the multipart boundary");
            }
            write(out, "--" + boundary + "\r\n");
            write(out, "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + field + ".pem\"\r\n");
            write(out, "Content-Type: application/x-pem-file\r\n\r\n");
            write(out, content);
            write(out, "\r\n");
        });
        write(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "MultipartBody" + files.keySet();
    }
}
