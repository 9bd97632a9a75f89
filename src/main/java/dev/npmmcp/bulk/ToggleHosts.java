package dev.npmmcp.bulk;

import dev.npmmcp.bulk.config.DomainGlob;
import dev.npmmcp.bulk.config.Action;
import dev.npmmcp.bulk.config.Batches;
import dev.npmmcp.bulk.config.ItemOutcome;
import dev.npmmcp.bulk.config.ResourceType;
import dev.npmmcp.bulk.config.Status;
import dev.npmmcp.proxyhost.ProxyHost;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * toggle_hosts: enables or disables proxy hosts chosen by id or domain pattern. Hosts already in the wanted state are
 * never sent: NPM answers 400 for them.
 */
final class ToggleHosts {

    private ToggleHosts() {}

    static BulkOperationsTool.Result run(ToolContext context, InstanceTarget target, BulkOperationsTool.Input input) {
        BulkOperationsTool.ToggleAction toggle = input.action().orElseThrow(() -> new ToolFailure(
                "toggle_hosts needs action.", "Pass action=enable or action=disable."));
        if (input.hostIds().isEmpty() && input.domainPattern().isEmpty()) {
            throw new ToolFailure("toggle_hosts needs host_ids or domain_pattern.",
                    "Pass host_ids (from npm_list_proxy_hosts) or a domain_pattern such as \"*.example.com\".");
        }
        boolean enable = toggle == BulkOperationsTool.ToggleAction.ENABLE;
        Action action = enable ? Action.ENABLE : Action.DISABLE;
        ProxyHostApi api = new ProxyHostApi(target.client());
        List<ProxyHost> hosts = api.list(Optional.empty(), Set.of());
        List<ItemOutcome> items = new ArrayList<>();
        Map<Integer, ProxyHost> chosen = new LinkedHashMap<>();
        input.hostIds().ifPresent(ids -> ids.stream().distinct().forEach(id -> hosts.stream()
                .filter(h -> h.id() == id)
                .findFirst()
                .ifPresentOrElse(h -> chosen.put(id, h), () -> items.add(ItemOutcome.of(ResourceType.PROXY_HOST,
                        "#" + id, Optional.of(id), Action.NONE, Status.SKIPPED).withReason("No proxy host #" + id
                        + " on instance '" + target.name() + "'.")))));
        input.domainPattern().map(DomainGlob::compile).ifPresent(pattern -> hosts.stream()
                .filter(h -> h.domainNames().stream().anyMatch(d -> pattern.matcher(d).matches()))
                .forEach(h -> chosen.putIfAbsent(h.id(), h)));
        List<ProxyHost> toChange = new ArrayList<>();
        for (ProxyHost host : chosen.values()) {
            if (input.enabledOnly() && !host.enabled()) {
                continue;
            }
            if (host.enabled() == enable) {
                items.add(outcome(host, Action.NONE, Status.UNCHANGED).withReason("Already "
                        + (enable ? "enabled" : "disabled") + "; nothing was sent."));
            } else {
                toChange.add(host);
                items.add(outcome(host, action, Status.PLANNED));
            }
        }
        String verb = enable ? "enable" : "disable";
        String where = " on instance '" + target.name() + "'";
        if (chosen.isEmpty() && items.isEmpty()) {
            return BulkOperationsTool.Result.of(target, input, input.dryRun(), "No proxy host matches "
                    + input.domainPattern().map(p -> "'" + p + "'").orElse("the given ids") + where
                    + "; nothing was changed.", items, List.of());
        }
        if (input.dryRun() || toChange.isEmpty()) {
            String message = toChange.isEmpty()
                    ? "No proxy host needs to be " + verb + "d" + where + "; nothing was changed."
                    : "Would " + verb + " " + toChange.size() + " proxy host(s)" + where + ". Nothing was changed"
                            + " (dry run); call again with dry_run=false to do it.";
            return BulkOperationsTool.Result.of(target, input, input.dryRun(), message, items, List.of());
        }
        context.requireWritable(verb + " " + toChange.size() + " proxy host(s)" + where);
        Batches batches = new Batches(input.batchSize(), input.continueOnError())
                .reporting(context.progress(), toChange.size(), (enable ? "Enabled " : "Disabled "));
        List<ItemOutcome> done = batches.run(toChange.stream()
                .map(host -> new Batches.Task(outcome(host, action, Status.PLANNED), () -> {
                    if (!enable) {
                        // a disabled host has no nginx config left to fail, so there is nothing to read back: one
                        // request per host, which is what a large disable waits on
                        api.disable(host.id());
                        return outcome(host, action, Status.DONE);
                    }
                    // nginx's verdict on each host is read with one list once all are enabled, not a GET each
                    ItemOutcome enabled = outcome(host, action, Status.DONE);
                    return api.enableKeepingAccessRules(host.id(), host.accessListId())
                            ? enabled.withReason(ProxyHostApi.ACCESS_RULES_RENDERED) : enabled;
                }))
                .toList());
        if (enable) {
            done = readBack(api, done);
        }
        List<ItemOutcome> outcomes = new ArrayList<>(items.stream().filter(i -> i.status() != Status.PLANNED).toList());
        outcomes.addAll(done);
        long changed = done.stream().filter(o -> o.status() == Status.DONE).count();
        return BulkOperationsTool.Result.of(target, input, false, (enable ? "Enabled " : "Disabled ") + changed
                + " of " + toChange.size() + " proxy host(s)" + where + ".", outcomes, List.of());
    }

    /**
     * NPM's enable answers only {@code true}; whether nginx accepted each config is read with one list once the
     * enables are done, instead of one GET per host (which would double the requests of a large enable).
     */
    private static List<ItemOutcome> readBack(ProxyHostApi api, List<ItemOutcome> done) {
        Map<Integer, ProxyHost> now = new HashMap<>();
        api.list(Optional.empty(), Set.of()).forEach(h -> now.put(h.id(), h));
        return done.stream().map(o -> o.status() != Status.DONE ? o : o.id().map(now::get)
                .filter(h -> h.meta().failed())
                .map(h -> o.withReason("nginx rejected its config, so it is not served: "
                        + h.meta().nginxErr().orElse("no error text") + "."))
                .orElse(o)).toList();
    }

    private static ItemOutcome outcome(ProxyHost host, Action action, Status status) {
        return ItemOutcome.of(ResourceType.PROXY_HOST, String.join(", ", host.domainNames()), Optional.of(host.id()),
                action, status);
    }

}
