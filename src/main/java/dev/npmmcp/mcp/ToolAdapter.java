package dev.npmmcp.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.tool.ArgumentBinder;
import dev.npmmcp.tool.JsonSchemas;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Adapts an SDK-free {@link Tool} to the SDK: its definition (annotations always explicit) and its call handler. */
final class ToolAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ToolAdapter.class);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final ObjectMapper mapper;
    private final ArgumentBinder binder;
    private final ToolContext context;

    ToolAdapter(ObjectMapper mapper, ToolContext context) {
        this.mapper = mapper;
        this.binder = new ArgumentBinder(mapper);
        this.context = context;
    }

    SyncToolSpecification specification(Tool<?, ?> tool) {
        return new SyncToolSpecification(definition(tool), (exchange, request) -> call(tool, request.arguments()));
    }

    static McpSchema.Tool definition(Tool<?, ?> tool) {
        return McpSchema.Tool.builder()
                .name(tool.name())
                .description(tool.description())
                .inputSchema(JsonSchemas.inputSchema(tool.inputType()))
                .outputSchema(JsonSchemas.outputSchema(tool.outputType()))
                .annotations(annotations(tool.hints()))
                .build();
    }

    static McpSchema.ToolAnnotations annotations(ToolHints hints) {
        return new McpSchema.ToolAnnotations(
                null, hints.readOnly(), hints.destructive(), hints.idempotent(), hints.openWorld(), null);
    }

    /** Runs a call; package-visible so tests can drive a tool exactly as a client would, without a transport. */
    <I extends Record, O extends Record> CallToolResult call(Tool<I, O> tool, Map<String, Object> arguments) {
        try {
            if (!tool.hints().readOnly()) {
                context.requireWritable("run " + tool.name());
            }
            I input = binder.bind(tool.name(), tool.inputType(), arguments == null ? Map.of() : arguments);
            O output = tool.call(context, input);
            Map<String, Object> structured = mapper.convertValue(output, OBJECT);
            return ToolResults.success(structured, tool.render(output).orElseGet(() -> json(output)));
        } catch (ToolFailure failure) {
            LOG.debug("{} failed: {}", tool.name(), failure.getMessage());
            return ToolResults.failure(tool.name(), failure);
        } catch (RuntimeException bug) {
            LOG.error("{} failed with a bug", tool.name(), bug);
            throw bug;
        }
    }

    private String json(Object output) {
        try {
            return mapper.writeValueAsString(output);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render an output record as JSON", e);
        }
    }
}
