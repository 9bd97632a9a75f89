package dev.npmmcp.mcp;

import dev.npmmcp.accesslist.ListAccessListsTool;
import dev.npmmcp.accesslist.ManageAccessListTool;
import dev.npmmcp.proxyhost.GetProxyHostTool;
import dev.npmmcp.proxyhost.ListProxyHostsTool;
import dev.npmmcp.proxyhost.ManageProxyHostTool;
import dev.npmmcp.bulk.BulkOperationsTool;
import dev.npmmcp.sync.SyncInstancesTool;
import dev.npmmcp.certificate.ListCertificatesTool;
import dev.npmmcp.certificate.ManageCertificateTool;
import dev.npmmcp.certificate.ValidateCertificateTool;
import dev.npmmcp.deadhost.ListDeadHostsTool;
import dev.npmmcp.fleet.FleetQueryTool;
import dev.npmmcp.intent.DiagnoseHostTool;
import dev.npmmcp.intent.ExposeServiceTool;
import dev.npmmcp.deadhost.ManageDeadHostTool;
import dev.npmmcp.redirection.ListRedirectionsTool;
import dev.npmmcp.redirection.ManageRedirectionTool;
import dev.npmmcp.stream.ListStreamsTool;
import dev.npmmcp.stream.ManageStreamTool;
import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.instance.InstanceTools;
import dev.npmmcp.system.GetAuditLogsTool;
import dev.npmmcp.system.GetHostReportsTool;
import dev.npmmcp.system.GetSystemSettingsTool;
import dev.npmmcp.system.UpdateSystemSettingsTool;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.user.ListUsersTool;
import dev.npmmcp.user.ManageUserTool;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.ToolJson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Every tool of the server, by category. Which of them a client sees is decided by {@link LiveToolset}. */
public final class ToolCatalog {

    private final List<Tool<?, ?>> tools;

    private ToolCatalog(List<Tool<?, ?>> tools) {
        Set<String> names = new HashSet<>();
        for (Tool<?, ?> tool : tools) {
            if (!names.add(tool.name())) {
                throw new IllegalArgumentException("two tools are named " + tool.name());
            }
        }
        this.tools = List.copyOf(tools);
    }

    /**
     * The NPM tools: each feature registers its tools here, one line per tool. The lazy-mode category tools are not
     * part of it; they are added by {@link #including} because they steer the server itself.
     */
    public static ToolCatalog standard(InstanceRegistry instances) {
        List<Tool<?, ?>> tools = new ArrayList<>(InstanceTools.tools(instances));
        tools.addAll(List.of(
                new ListProxyHostsTool(),
                new GetProxyHostTool(),
                new ManageProxyHostTool(),
                new ListAccessListsTool(),
                new ManageAccessListTool(),
                new ListCertificatesTool(),
                new ManageCertificateTool(),
                new ValidateCertificateTool(),
                new ListStreamsTool(),
                new ManageStreamTool(),
                new ListRedirectionsTool(),
                new ManageRedirectionTool(),
                new ListDeadHostsTool(),
                new ManageDeadHostTool(),
                new ListUsersTool(),
                new ManageUserTool(),
                new GetSystemSettingsTool(),
                new UpdateSystemSettingsTool(),
                new GetAuditLogsTool(),
                new GetHostReportsTool(),
                new BulkOperationsTool(),
                new SyncInstancesTool(),
                new FleetQueryTool(),
                new ExposeServiceTool(),
                new DiagnoseHostTool()));
        return new ToolCatalog(tools);
    }

    /**
     * Every tool a client can ever be offered: the standard catalog plus the lazy-mode category tools (made over a
     * toolset attached to no server, which is enough to describe them).
     */
    public static ToolCatalog everyTool(InstanceRegistry instances) {
        ToolCatalog features = standard(instances);
        LiveToolset unattached = new LiveToolset(features, ServerOptions.defaults(),
                new ToolAdapter(ToolJson.newMapper(), user -> new ServerToolContext(false, instances, user),
                        new WriteAudit(entry -> {}, Clock.systemUTC()), new Redactor()));
        return features.including(CategoryTools.create(unattached));
    }

    /** A catalog of just these tools: tests use it to exercise the toolset rules on fixtures. */
    static ToolCatalog of(List<Tool<?, ?>> tools) {
        return new ToolCatalog(tools);
    }

    public ToolCatalog including(Collection<? extends Tool<?, ?>> more) {
        List<Tool<?, ?>> all = new ArrayList<>(tools);
        all.addAll(more);
        return new ToolCatalog(all);
    }

    public List<Tool<?, ?>> tools() {
        return tools;
    }

    public List<Tool<?, ?>> inCategory(Category category) {
        return tools.stream().filter(t -> t.category() == category).toList();
    }

    public Optional<Tool<?, ?>> byName(String name) {
        return tools.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
