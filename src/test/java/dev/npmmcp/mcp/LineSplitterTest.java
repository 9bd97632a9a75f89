package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    private final List<String> lines = new ArrayList<>();
    private final LineSplitter splitter = new LineSplitter(lines::add);

    private void feed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        splitter.accept(bytes, 0, bytes.length);
    }

    @Test
    void shouldJoinLinesSplitAcrossReadsAndKeepAnUnterminatedTailBack() {
        feed("{\"a\":");
        feed("1}\n{\"b\":2}\n{\"c\"");

        assertThat(lines).containsExactly("{\"a\":1}", "{\"b\":2}");
    }

    @Test
    void shouldDecodeAMultiByteCharacterCutInTwo() {
        byte[] bytes = "é\n".getBytes(StandardCharsets.UTF_8);
        splitter.accept(bytes, 0, 1);
        splitter.accept(bytes, 1, bytes.length - 1);

        assertThat(lines).containsExactly("é");
    }
}
