package dev.npmmcp.mcp;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.Optional;
import java.util.function.Supplier;

/** A read tool that answers with whatever output the test hands it, rendered as the test chooses. */
final class OutputFixtureTool<O extends Record> extends Tool<OutputFixtureTool.NoInput, O> {

    record NoInput(@JsonPropertyDescription("Ignored") Optional<String> instanceName) {}

    private final Supplier<O> output;
    private final Optional<String> rendering;

    OutputFixtureTool(Class<O> outputType, Supplier<O> output, Optional<String> rendering) {
        super(new ToolSpec<>("npm_output_fixture", "Answers with a fixed output", Category.SYSTEM, ToolHints.reading(),
                NoInput.class, outputType));
        this.output = output;
        this.rendering = rendering;
    }

    @Override
    public O call(ToolContext context, NoInput input) {
        return output.get();
    }

    @Override
    public Optional<String> render(O produced) {
        return rendering;
    }
}
