package dev.npmmcp.system;

import dev.npmmcp.tool.InstanceOnly;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.Optional;

/** {@code npm_get_host_reports}: how many hosts of each kind the instance has. */
public final class GetHostReportsTool extends Tool<InstanceOnly, GetHostReportsTool.Result> {

    public GetHostReportsTool() {
        super(new ToolSpec<>(
                "npm_get_host_reports",
                "Counts of each host kind, with NPM's version.",
                Category.SYSTEM,
                ToolHints.reading(),
                InstanceOnly.class,
                Result.class));
    }

    public record Result(
            String instance,
            String npmVersion,
            int proxyHosts,
            int redirectionHosts,
            int streams,
            int deadHosts,
            int total) {}

    @Override
    public Result call(ToolContext context, InstanceOnly input) {
        InstanceTarget target = context.target(input.instanceName());
        HostReport report = new SystemApi(target.client()).hostReport();
        return new Result(target.name(), target.client().serverInfo().version().toString(), report.proxy(),
                report.redirection(), report.stream(), report.dead(),
                report.proxy() + report.redirection() + report.stream() + report.dead());
    }

    @Override
    public Optional<String> render(Result output) {
        return Optional.of("Instance '" + output.instance() + "' (NPM " + output.npmVersion() + "): "
                + output.proxyHosts() + " proxy hosts, " + output.redirectionHosts() + " redirection hosts, "
                + output.streams() + " streams, " + output.deadHosts() + " 404 hosts (" + output.total() + " in all).");
    }
}
