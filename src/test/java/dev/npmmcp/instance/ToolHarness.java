package dev.npmmcp.instance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.tool.ArgumentBinder;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolJson;
import java.util.Map;

/** Calls the instance tools the way the server does: JSON arguments bound to the input record, output as JSON. */
final class ToolHarness {

    private final ObjectMapper mapper = ToolJson.newMapper();
    private final ArgumentBinder binder = new ArgumentBinder(mapper);
    private final ToolContext context;

    ToolHarness(InstanceRegistry registry) {
        this.context = new Context(false, registry);
    }

    record Context(boolean readOnly, InstanceRegistry instances) implements ToolContext {}

    JsonNode call(String name, Map<String, ?> arguments) {
        Tool<?, ?> tool = InstanceTools.tools().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tool " + name));
        return invoke(tool, arguments);
    }

    private <I extends Record, O extends Record> JsonNode invoke(Tool<I, O> tool, Map<String, ?> arguments) {
        I input = binder.bind(tool.name(), tool.inputType(), arguments);
        return mapper.valueToTree(tool.call(context, input));
    }
}
