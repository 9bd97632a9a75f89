package dev.npmmcp.mcp;

import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;

/**
 * The SDK checks every tool result's structuredContent against the tool's output schema, with a general JSON Schema
 * validator (networknt, 250 classes at start-up and a schema lookup on every call). Here that check cannot fail:
 * structuredContent is an output record turned into JSON, and the output schema is generated from that same record
 * ({@code tool/JsonSchemas}); redaction keeps every field's type ({@link ResultRedaction}). So the check is passed by
 * construction, and the end-to-end tests validate every tool's sample result against its schema with a real
 * validator ({@code StdioServerIT}, {@code HttpServerIT}) to keep it so.
 */
final class RecordOutputValidator implements JsonSchemaValidator {

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        // the text the SDK would put in an empty content list: ours never is empty
        return ValidationResponse.asValid("");
    }
}
