package dev.npmmcp.mcp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Cuts a byte stream seen in pieces into its newline-terminated UTF-8 lines. Not thread-safe: one stream, one user. */
final class LineSplitter {

    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final Consumer<String> lines;

    LineSplitter(Consumer<String> lines) {
        this.lines = lines;
    }

    void accept(byte[] bytes, int offset, int length) {
        int start = offset;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                line.write(bytes, start, i - start);
                lines.accept(line.toString(StandardCharsets.UTF_8));
                line.reset();
                start = i + 1;
            }
        }
        line.write(bytes, start, offset + length - start);
    }
}
