package dev.npmmcp.deadhost;

import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.HostListing;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code npm_list_dead_hosts}: the 404 hosts of an instance, with nginx's verdict on each. */
public final class ListDeadHostsTool extends Tool<ListDeadHostsTool.Input, ListDeadHostsTool.Result> {

    public ListDeadHostsTool() {
        super(new ToolSpec<>(
                "npm_list_dead_hosts",
                "404 hosts: domains NPM answers with 404.",
                Category.REDIRECTION,
                ToolHints.reading(),
                Input.class,
                Result.class));
    }

    record Input(
            Optional<String> instanceName,
            Optional<String> domainFilter,
            @Default("false")
                    boolean enabledOnly) {}

    record Result(
            String instance,
            int count,
            List<DeadHostView> deadHosts,
            List<String> warnings) {}

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        List<DeadHostView> shown = HostListing.shown(new DeadHostApi(target.client())
                .list(HostListing.domainFilter(input.domainFilter()), Set.of()), input.enabledOnly(),
                DeadHost::enabled, DeadHostView::of);
        List<String> warnings = HostListing.offline(shown,
                h -> "404 host #" + h.id() + " (" + String.join(", ", h.domainNames()) + ")");
        return new Result(target.name(), shown.size(), shown, warnings);
    }

    @Override
    public Optional<String> render(Result result) {
        return Optional.of(HostListing.render(result.count() + " 404 host(s) on instance '" + result.instance() + "'",
                result.deadHosts().stream().map(DeadHostView::line).toList(), result.warnings()));
    }
}
