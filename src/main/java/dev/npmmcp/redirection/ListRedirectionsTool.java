package dev.npmmcp.redirection;

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

/** {@code npm_list_redirections}: the redirection hosts of an instance, with nginx's verdict on each. */
public final class ListRedirectionsTool extends Tool<ListRedirectionsTool.Input, ListRedirectionsTool.Result> {

    public ListRedirectionsTool() {
        super(new ToolSpec<>(
                "npm_list_redirections",
                "Redirection hosts and their targets.",
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
            List<RedirectionView> redirections,
            List<String> warnings) {}

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        List<RedirectionView> shown = HostListing.shown(new RedirectionHostApi(target.client())
                .list(HostListing.domainFilter(input.domainFilter()), Set.of()), input.enabledOnly(),
                RedirectionHost::enabled, RedirectionView::of);
        List<String> warnings = HostListing.offline(shown,
                h -> "Redirection #" + h.id() + " (" + String.join(", ", h.domainNames()) + ")");
        return new Result(target.name(), shown.size(), shown, warnings);
    }

    @Override
    public Optional<String> render(Result result) {
        return Optional.of(HostListing.render(result.count() + " redirection(s) on instance '" + result.instance()
                + "'", result.redirections().stream().map(RedirectionView::line).toList(), result.warnings()));
    }
}
