package dev.npmmcp.proxyhost;

import dev.npmmcp.tool.HostListing;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code npm_list_proxy_hosts}: the proxy hosts of an instance, filtered and paged. */
public final class ListProxyHostsTool extends Tool<ListProxyHostsTool.Input, ListProxyHostsTool.Result> {

    static final int MAX_LIMIT = 500;

    public ListProxyHostsTool() {
        super(new ToolSpec<>(
                "npm_list_proxy_hosts",
                "Proxy hosts; compact false adds SSL, certificate, access list and locations.",
                Category.PROXY_HOST,
                ToolHints.reading(),
                Input.class,
                Result.class));
    }

    record Input(
            Optional<String> instanceName,
            Optional<String> domainFilter,
            @Default("false") boolean enabledOnly,
            @Default("1") int page,
            @Default("50") int limit,
            @Default("true")
                    boolean compact) {

        Input {
            // checked here so a bad filter is reported as a bad argument, before any request
            domainFilter.ifPresent(DomainFilter::new);
            if (page < 1) {
                throw new IllegalArgumentException("page must be 1 or more, was " + page);
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
            }
        }
    }

    record Result(
            String instance,
            int total,
            int page,
            int pages,
            boolean hasMore,
            int nginxOffline,
            List<ProxyHostSummary> hosts) {}

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        Optional<DomainFilter> filter = input.domainFilter().map(DomainFilter::new);
        Set<ProxyHostExpand> expand = input.compact()
                ? EnumSet.noneOf(ProxyHostExpand.class)
                : EnumSet.of(ProxyHostExpand.CERTIFICATE, ProxyHostExpand.ACCESS_LIST);
        List<ProxyHost> matching = new ProxyHostApi(target.client())
                .list(filter.map(DomainFilter::query), expand)
                .stream()
                .filter(host -> filter.map(f -> f.matches(host.domainNames())).orElse(true))
                .filter(host -> !input.enabledOnly() || host.enabled())
                .toList();
        int total = matching.size();
        int pages = Math.max(1, (total + input.limit() - 1) / input.limit());
        long from = (long) (input.page() - 1) * input.limit();
        List<ProxyHostSummary> page = matching.stream()
                .skip(from)
                .limit(input.limit())
                .map(host -> ProxyHostSummary.of(host, input.compact()))
                .toList();
        int offline = (int) matching.stream().filter(host -> host.meta().failed()).count();
        return new Result(target.name(), total, input.page(), pages, input.page() < pages, offline, page);
    }

    @Override
    public Optional<String> render(Result result) {
        return Optional.of(HostListing.render(result.total() + " proxy host(s) on instance '" + result.instance()
                + "'" + (result.pages() > 1 ? ", page " + result.page() + " of " + result.pages() : ""),
                result.hosts().stream().map(ListProxyHostsTool::line).toList(), List.of()));
    }

    private static String line(ProxyHostSummary host) {
        StringBuilder text = new StringBuilder("#").append(host.id()).append(' ')
                .append(String.join(", ", host.domainNames())).append(" -> ").append(host.forward());
        if (!host.enabled()) {
            text.append(" [disabled]");
        }
        if (host.certificateId().orElse(0) > 0) {
            text.append(" [ssl]");
        }
        if (host.accessListId().orElse(0) > 0) {
            text.append(" [access list ").append(host.accessListId().get()).append(']');
        }
        if (host.nginxOnline().equals(Optional.of(false))) {
            text.append(" [nginx config failed]");
        }
        return text.toString();
    }
}
