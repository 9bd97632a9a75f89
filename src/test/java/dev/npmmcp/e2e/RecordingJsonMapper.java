package dev.npmmcp.e2e;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The SDK's mapper, remembering every text it parses. The stdio client transport parses each stdout line of the server
 * with {@code readValue(String, TypeRef)}, so this sees every line the server wrote, including any that is not
 * JSON-RPC; the Streamable HTTP client parses every message the server sends through it too.
 */
final class RecordingJsonMapper implements McpJsonMapper {

    private final McpJsonMapper delegate;
    private final List<String> parsed = new CopyOnWriteArrayList<>();

    RecordingJsonMapper(McpJsonMapper delegate) {
        this.delegate = delegate;
    }

    List<String> parsedTexts() {
        return List.copyOf(parsed);
    }

    @Override
    public <T> T readValue(String content, Class<T> type) throws IOException {
        parsed.add(content);
        return delegate.readValue(content, type);
    }

    @Override
    public <T> T readValue(byte[] content, Class<T> type) throws IOException {
        parsed.add(new String(content, StandardCharsets.UTF_8));
        return delegate.readValue(content, type);
    }

    @Override
    public <T> T readValue(String content, TypeRef<T> type) throws IOException {
        parsed.add(content);
        return delegate.readValue(content, type);
    }

    @Override
    public <T> T readValue(byte[] content, TypeRef<T> type) throws IOException {
        parsed.add(new String(content, StandardCharsets.UTF_8));
        return delegate.readValue(content, type);
    }

    @Override
    public <T> T convertValue(Object from, Class<T> type) {
        return delegate.convertValue(from, type);
    }

    @Override
    public <T> T convertValue(Object from, TypeRef<T> type) {
        return delegate.convertValue(from, type);
    }

    @Override
    public String writeValueAsString(Object value) throws IOException {
        return delegate.writeValueAsString(value);
    }

    @Override
    public byte[] writeValueAsBytes(Object value) throws IOException {
        return delegate.writeValueAsBytes(value);
    }
}
