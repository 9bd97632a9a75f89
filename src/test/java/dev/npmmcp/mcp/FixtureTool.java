package dev.npmmcp.mcp;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A tool for exercising the server's rules: it echoes its input through a behaviour the test chooses. */
final class FixtureTool extends Tool<FixtureTool.Echo, FixtureTool.Echoed> {

    record Echo(@JsonPropertyDescription("Any text") String text) {}

    record Echoed(String text) {}

    private final Function<Echo, Echoed> behaviour;
    final AtomicInteger calls = new AtomicInteger();

    FixtureTool(String name, Category category, ToolHints hints, Function<Echo, Echoed> behaviour) {
        super(new ToolSpec<>(name, "Echoes its text (" + name + ")", category, hints, Echo.class, Echoed.class));
        this.behaviour = behaviour;
    }

    static FixtureTool reading(String name, Category category) {
        return new FixtureTool(name, category, ToolHints.reading(), echo -> new Echoed(echo.text()));
    }

    static FixtureTool writing(String name, Category category) {
        return new FixtureTool(name, category, ToolHints.writing(true, false), echo -> new Echoed(echo.text()));
    }

    @Override
    public Echoed call(ToolContext context, Echo input) {
        calls.incrementAndGet();
        return behaviour.apply(input);
    }
}
