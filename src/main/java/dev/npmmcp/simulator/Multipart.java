package dev.npmmcp.simulator;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the text fields and files of a multipart/form-data body (RFC 7578), enough for PEM uploads. */
final class Multipart {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");

    private Multipart() {}

    /** Field name to content; empty when the body is not multipart. */
    static Optional<Map<String, String>> parse(Optional<String> contentType, byte[] body) {
        if (contentType.isEmpty() || !contentType.get().toLowerCase().startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Matcher boundary = BOUNDARY.matcher(contentType.get());
        if (!boundary.find()) {
            return Optional.empty();
        }
        // ISO-8859-1 maps bytes one to one, so offsets stay valid; PEM content is ASCII.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary.group(1);
        Map<String, String> fields = new LinkedHashMap<>();
        int position = text.indexOf(delimiter);
        while (position >= 0) {
            int start = position + delimiter.length();
            if (text.startsWith("--", start)) {
                break;
            }
            int next = text.indexOf("\r\n" + delimiter, start);
            if (next < 0) {
                break;
            }
            String part = text.substring(start, next);
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd >= 0) {
                Matcher name = NAME.matcher(part.substring(0, headerEnd));
                if (name.find()) {
                    byte[] content = part.substring(headerEnd + 4).getBytes(StandardCharsets.ISO_8859_1);
                    fields.put(name.group(1), new String(content, StandardCharsets.UTF_8));
                }
            }
            position = next + 2;
        }
        return Optional.of(fields);
    }
}
