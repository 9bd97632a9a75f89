package dev.npmmcp.system;

import dev.npmmcp.tool.HostListing;
import dev.npmmcp.tool.InstanceOnly;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.List;
import java.util.Optional;

/** {@code npm_get_system_settings}: the instance-wide settings. */
public final class GetSystemSettingsTool extends Tool<InstanceOnly, GetSystemSettingsTool.Result> {

    public GetSystemSettingsTool() {
        super(new ToolSpec<>(
                "npm_get_system_settings",
                "NPM's default site: the answer to names no host claims.",
                Category.SYSTEM,
                ToolHints.reading(),
                InstanceOnly.class,
                Result.class));
    }

    public record Result(
            String instance,
            List<SettingView> settings) {}

    @Override
    public Result call(ToolContext context, InstanceOnly input) {
        InstanceTarget target = context.target(input.instanceName());
        List<SettingView> settings = new SystemApi(target.client()).settings().stream().map(SettingView::of).toList();
        return new Result(target.name(), settings);
    }

    @Override
    public Optional<String> render(Result output) {
        return Optional.of(HostListing.render(output.settings().size() + " setting(s) on instance '"
                + output.instance() + "'", output.settings().stream().map(SettingView::summary).toList(), List.of()));
    }
}
