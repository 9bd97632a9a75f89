package dev.npmmcp.accesslist;

import dev.npmmcp.accesslist.HostsUsingLists.HostRow;
import dev.npmmcp.tool.HostListing;
import dev.npmmcp.tool.InstanceOnly;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code npm_list_access_lists}: every access list with its users, IP rules and the hosts using it. */
public final class ListAccessListsTool extends Tool<InstanceOnly, ListAccessListsTool.Result> {

    public ListAccessListsTool() {
        super(new ToolSpec<>(
                "npm_list_access_lists",
                "Access lists: IP rules, user names and the hosts using each.",
                Category.ACCESS_LIST,
                ToolHints.reading(),
                InstanceOnly.class,
                Result.class));
    }

    record Result(
            String instance,
            List<AccessListView> accessLists,
            List<String> warnings) {}

    @Override
    public Result call(ToolContext context, InstanceOnly input) {
        InstanceTarget target = context.target(input.instanceName());
        List<AccessList> lists = new AccessListApi(target.client())
                .list(Optional.empty(), EnumSet.of(AccessListExpand.ITEMS, AccessListExpand.CLIENTS));
        Optional<Map<Integer, List<HostRow>>> hosts = HostsUsingLists.read(target.client());
        List<AccessListView> views = lists.stream()
                .map(list -> AccessListView.of(list, hosts.map(byList -> byList.getOrDefault(list.id(), List.of()))))
                .toList();
        List<String> warnings = hosts.isPresent() ? List.of()
                : List.of("This NPM user may not read proxy hosts, so the hosts using each list are not shown"
                        + " (proxy_host_count still is).");
        return new Result(target.name(), views, warnings);
    }

    @Override
    public Optional<String> render(Result result) {
        return Optional.of(HostListing.render(result.accessLists().size() + " access list(s) on instance '"
                + result.instance() + "'", result.accessLists().stream().map(list -> "#" + list.id() + " "
                        + list.name() + (list.satisfyAny() ? " (satisfy any)" : " (satisfy all)")
                        + ": users " + (list.users().isEmpty() ? "none" : String.join(", ", list.users()))
                        + "; rules " + (list.clients().isEmpty() ? "none" : list.clients().stream()
                                .map(c -> c.directive() + " " + c.address()).toList())
                        + "; used by " + list.proxyHostCount() + " proxy host(s)").toList(),
                result.warnings()));
    }
}
