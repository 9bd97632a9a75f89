package dev.npmmcp.stream;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.HostListing;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code npm_list_streams}: the TCP/UDP streams of an instance, with nginx's verdict on each. */
public final class ListStreamsTool implements Tool<ListStreamsTool.Input, ListStreamsTool.Result> {

    record Input(
            @JsonPropertyDescription("The NPM instance to ask; default: the selected, else the default instance")
                    Optional<String> instanceName,
            @JsonPropertyDescription("Only streams that are enabled (default false: all)") @Default("false")
                    boolean enabledOnly) {}

    record Result(
            @JsonPropertyDescription("The NPM instance that answered") String instance,
            @JsonPropertyDescription("How many streams are listed") int count,
            @JsonPropertyDescription("The streams, by incoming port") List<StreamView> streams,
            @JsonPropertyDescription("Problems worth telling the user: offline streams, ports used twice")
                    List<String> warnings) {}

    @Override
    public String name() {
        return "npm_list_streams";
    }

    @Override
    public String description() {
        return "Lists the TCP/UDP streams (port forwards) of an NPM instance: incoming port, forwarding host and"
                + " port, protocols, TLS certificate, enabled, and whether nginx is really listening (nginx_online"
                + " false with nginx_err means the stream is down, typically because another stream already uses"
                + " its port). Use it before npm_manage_stream to find a stream_id or a free incoming port. Read-only.";
    }

    @Override
    public Category category() {
        return Category.STREAM;
    }

    @Override
    public ToolHints hints() {
        return ToolHints.reading();
    }

    @Override
    public Class<Input> inputType() {
        return Input.class;
    }

    @Override
    public Class<Result> outputType() {
        return Result.class;
    }

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        List<Stream> all = new StreamApi(target.client()).list(Optional.empty(), Set.of());
        List<StreamView> shown = HostListing.shown(all, input.enabledOnly(), Stream::enabled, StreamView::of);
        List<String> warnings = new ArrayList<>();
        for (StreamView stream : shown) {
            if (stream.nginxOnline().equals(Optional.of(false))) {
                warnings.add(HostListing.offline("Stream #" + stream.id() + " (port " + stream.incomingPort() + ")",
                        stream.nginxErr()));
            }
        }
        PortClashes.sharedPorts(all).forEach(warnings::add);
        return new Result(target.name(), shown.size(), shown, warnings);
    }

    @Override
    public Optional<String> render(Result result) {
        return Optional.of(HostListing.render(result.count() + " stream(s) on instance '" + result.instance() + "'",
                result.streams().stream().map(StreamView::line).toList(), result.warnings()));
    }
}
