package dev.npmmcp.bulk;

import dev.npmmcp.accesslist.AccessListApi;
import dev.npmmcp.bulk.config.Action;
import dev.npmmcp.bulk.config.Batches;
import dev.npmmcp.bulk.config.ItemOutcome;
import dev.npmmcp.bulk.config.ResourceType;
import dev.npmmcp.bulk.config.Status;
import dev.npmmcp.certificate.CertificateApi;
import dev.npmmcp.deadhost.DeadHostApi;
import dev.npmmcp.proxyhost.ProxyHost;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.redirection.RedirectionHostApi;
import dev.npmmcp.stream.StreamApi;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * delete_resources: deletes objects of one kind by id, after the user's confirmation naming each of them. A
 * certificate still in use is skipped (NPM would leave its hosts pointing at nothing); deleting an access list is
 * allowed but the hosts it unprotects are named.
 */
final class DeleteResources {

    private DeleteResources() {}

    static BulkOperationsTool.Result run(ToolContext context, InstanceTarget target, BulkOperationsTool.Input input) {
        ResourceType type = input.resourceType().orElseThrow(() -> new ToolFailure(
                "delete_resources needs resource_type.", "Pass resource_type (certificate, access_list, proxy_host,"
                        + " redirection_host, dead_host or stream) and resource_ids."));
        if (type == ResourceType.SETTING) {
            throw new ToolFailure("Settings cannot be deleted.", "Change a setting with npm_update_system_settings.");
        }
        List<Integer> ids = input.resourceIds().filter(l -> !l.isEmpty()).orElseThrow(() -> new ToolFailure(
                "delete_resources needs resource_ids.", "Pass the ids of the " + type.label() + "s to delete."))
                .stream().distinct().toList();
        String where = " on instance '" + target.name() + "'";
        Map<Integer, String> existing = names(target, type);
        Map<Integer, String> usage = usage(target, type);
        List<ItemOutcome> items = new ArrayList<>();
        Map<Integer, String> toDelete = new LinkedHashMap<>();
        for (int id : ids) {
            String name = existing.get(id);
            if (name == null) {
                items.add(ItemOutcome.of(type, "#" + id, Optional.of(id), Action.NONE, Status.SKIPPED)
                        .withReason("No " + type.label() + " #" + id + where + "."));
            } else if (type == ResourceType.CERTIFICATE && usage.containsKey(id)) {
                items.add(ItemOutcome.of(type, name, Optional.of(id), Action.NONE, Status.SKIPPED).withReason("Still"
                        + " used by " + usage.get(id) + "; NPM would leave them pointing at a deleted certificate."
                        + " Give them another certificate (or none) first."));
            } else {
                toDelete.put(id, name);
                ItemOutcome planned = ItemOutcome.of(type, name, Optional.of(id), Action.DELETE, Status.PLANNED);
                items.add(usage.containsKey(id) ? planned.withReason("NPM detaches it from " + usage.get(id)
                        + ", which will no longer be protected by it.") : planned);
            }
        }
        if (input.dryRun() || toDelete.isEmpty()) {
            String message = toDelete.isEmpty()
                    ? "Nothing to delete" + where + "; nothing was changed."
                    : "Would delete " + toDelete.size() + " " + type.label() + "(s)" + where + ": "
                            + describe(toDelete) + ". Nothing was changed (dry run); after the user agrees, call"
                            + " again with dry_run=false and confirm=true.";
            return BulkOperationsTool.Result.of(target, input, input.dryRun(), message, items, List.of());
        }
        context.requireConfirmation("delete " + toDelete.size() + " " + type.label() + "(s)" + where + ": "
                + describe(toDelete), input.confirm());
        List<ItemOutcome> planned = items.stream().filter(i -> i.status() == Status.PLANNED).toList();
        Batches batches = new Batches(input.batchSize(), input.continueOnError())
                .reporting(context.progress(), planned.size(), "Deleted " + type.label() + " ");
        List<ItemOutcome> done = batches.run(planned.stream()
                .map(item -> new Batches.Task(item, () -> {
                    delete(target, type, item.id().orElseThrow());
                    return item.withStatus(Status.DONE);
                }))
                .toList());
        List<ItemOutcome> outcomes = new ArrayList<>(items.stream().filter(i -> i.status() != Status.PLANNED).toList());
        outcomes.addAll(done);
        long deleted = done.stream().filter(o -> o.status() == Status.DONE).count();
        return BulkOperationsTool.Result.of(target, input, false, "Deleted " + deleted + " of " + toDelete.size()
                + " " + type.label() + "(s)" + where + ".", outcomes, List.of());
    }

    private static String describe(Map<Integer, String> objects) {
        return objects.entrySet().stream()
                .map(e -> e.getValue() + " (#" + e.getKey() + ")")
                .collect(Collectors.joining(", "));
    }

    private static Map<Integer, String> names(InstanceTarget target, ResourceType type) {
        Map<Integer, String> names = new LinkedHashMap<>();
        switch (type) {
            case CERTIFICATE -> new CertificateApi(target.client()).list(Optional.empty(), Set.of())
                    .forEach(c -> names.put(c.id(), c.niceName().isBlank()
                            ? String.join(", ", c.domainNames()) : c.niceName()));
            case ACCESS_LIST -> new AccessListApi(target.client()).list(Optional.empty(), Set.of())
                    .forEach(l -> names.put(l.id(), l.name()));
            case PROXY_HOST -> proxyHosts(target).forEach(h -> names.put(h.id(), String.join(", ", h.domainNames())));
            case REDIRECTION_HOST -> new RedirectionHostApi(target.client()).list(Optional.empty(), Set.of())
                    .forEach(h -> names.put(h.id(), String.join(", ", h.domainNames())));
            case DEAD_HOST -> new DeadHostApi(target.client()).list(Optional.empty(), Set.of())
                    .forEach(h -> names.put(h.id(), String.join(", ", h.domainNames())));
            case STREAM -> new StreamApi(target.client()).list(Optional.empty(), Set.of())
                    .forEach(s -> names.put(s.id(), "port " + s.incomingPort() + " -> " + s.forwardingHost() + ":"
                            + s.forwardingPort()));
            case SETTING -> throw new IllegalStateException("settings are refused before");
        }
        return names;
    }

    /** For certificates and access lists: id to the objects that use it, named. */
    private static Map<Integer, String> usage(InstanceTarget target, ResourceType type) {
        Map<Integer, List<String>> users = new LinkedHashMap<>();
        if (type == ResourceType.ACCESS_LIST) {
            proxyHosts(target).stream().filter(h -> h.accessListId() > 0).forEach(h -> users
                    .computeIfAbsent(h.accessListId(), k -> new ArrayList<>())
                    .add("proxy host " + String.join(", ", h.domainNames())));
        } else if (type == ResourceType.CERTIFICATE) {
            proxyHosts(target).forEach(h -> use(users, h.certificateId(), "proxy host", h.domainNames()));
            new RedirectionHostApi(target.client()).list(Optional.empty(), Set.of())
                    .forEach(h -> use(users, h.certificateId(), "redirection host", h.domainNames()));
            new DeadHostApi(target.client()).list(Optional.empty(), Set.of())
                    .forEach(h -> use(users, h.certificateId(), "404 host", h.domainNames()));
            new StreamApi(target.client()).list(Optional.empty(), Set.of())
                    .forEach(s -> use(users, s.certificateId(), "stream on port", List.of(
                            String.valueOf(s.incomingPort()))));
        }
        Map<Integer, String> usage = new LinkedHashMap<>();
        users.forEach((id, names) -> usage.put(id, String.join("; ", names)));
        return usage;
    }

    private static void use(Map<Integer, List<String>> users, int certificateId, String kind, List<String> names) {
        if (certificateId > 0) {
            users.computeIfAbsent(certificateId, k -> new ArrayList<>()).add(kind + " " + String.join(", ", names));
        }
    }

    private static List<ProxyHost> proxyHosts(InstanceTarget target) {
        return new ProxyHostApi(target.client()).list(Optional.empty(), Set.of());
    }

    private static void delete(InstanceTarget target, ResourceType type, int id) {
        switch (type) {
            case CERTIFICATE -> new CertificateApi(target.client()).delete(id);
            case ACCESS_LIST -> new AccessListApi(target.client()).delete(id);
            case PROXY_HOST -> new ProxyHostApi(target.client()).delete(id);
            case REDIRECTION_HOST -> new RedirectionHostApi(target.client()).delete(id);
            case DEAD_HOST -> new DeadHostApi(target.client()).delete(id);
            case STREAM -> new StreamApi(target.client()).delete(id);
            case SETTING -> throw new IllegalStateException("settings are refused before");
        }
    }
}
