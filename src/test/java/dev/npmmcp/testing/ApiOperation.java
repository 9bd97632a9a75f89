package dev.npmmcp.testing;

import java.util.Map;
import java.util.Optional;

/**
 * One operation of NPM's OpenAPI document.
 *
 * @param path the path template relative to {@code /api}, e.g. {@code /nginx/proxy-hosts/{hostID}}
 * @param jsonRequestSchema the schema of an {@code application/json} request body, if the operation takes one
 * @param multipartRequest whether the request body is {@code multipart/form-data} (certificate files)
 * @param jsonResponseSchemas the {@code application/json} response schema per documented status
 */
public record ApiOperation(
        String operationId,
        String method,
        String path,
        Optional<DocumentSchema> jsonRequestSchema,
        boolean multipartRequest,
        Map<Integer, DocumentSchema> jsonResponseSchemas) {

    public ApiOperation {
        jsonResponseSchemas = Map.copyOf(jsonResponseSchemas);
    }

    /** Whether {@code concretePath} (no query, relative to /api) is an instance of this operation's template. */
    boolean matchesPath(String concretePath) {
        String[] template = segments(path);
        String[] actual = segments(concretePath);
        if (template.length != actual.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            boolean parameter = template[i].startsWith("{");
            if (!parameter && !template[i].equals(actual[i])) {
                return false;
            }
            if (parameter && actual[i].isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Literal segments outrank parameters: {@code /certificates/dns-providers} beats {@code /certificates/{certID}}. */
    int literalSegments() {
        int literals = 0;
        for (String segment : segments(path)) {
            literals += segment.startsWith("{") ? 0 : 1;
        }
        return literals;
    }

    private static String[] segments(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return trimmed.equals("/") ? new String[0] : trimmed.substring(1).split("/", -1);
    }
}
