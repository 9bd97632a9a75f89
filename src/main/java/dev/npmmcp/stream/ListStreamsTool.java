package dev.npmmcp.stream;

import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.HostListing;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code npm_list_streams}: the TCP/UDP streams of an instance, with nginx's verdict on each. */
public final class ListStreamsTool extends Tool<ListStreamsTool.Input, ListStreamsTool.Result> {

    public ListStreamsTool() {
        super(new ToolSpec<>(
                "npm_list_streams",
                "TCP/UDP streams (port forwards).",
                Category.STREAM,
                ToolHints.reading(),
                Input.class,
                Result.class));
    }

    record Input(
            Optional<String> instanceName,
            @Default("false")
                    boolean enabledOnly) {}

    record Result(
            String instance,
            int count,
            List<StreamView> streams,
            List<String> warnings) {}

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        List<Stream> all = new StreamApi(target.client()).list(Optional.empty(), Set.of());
        List<StreamView> shown = HostListing.shown(all, input.enabledOnly(), Stream::enabled, StreamView::of);
        List<String> warnings = new ArrayList<>(
                HostListing.offline(shown, s -> "Stream #" + s.id() + " (port " + s.incomingPort() + ")"));
        PortClashes.sharedPorts(all).forEach(warnings::add);
        return new Result(target.name(), shown.size(), shown, warnings);
    }

    @Override
    public Optional<String> render(Result result) {
        return Optional.of(HostListing.render(result.count() + " stream(s) on instance '" + result.instance() + "'",
                result.streams().stream().map(StreamView::line).toList(), result.warnings()));
    }
}
