package dev.npmmcp.bulk.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a document with what an instance holds and decides, object by object, what an import does: create,
 * update (with the fields that change), keep, delete (strategy replace only), or hold back with a reason.
 *
 * <p>Two rules hold an object back rather than import it weaker than its source: a host whose certificate is not on
 * the target is not imported (it would serve over plain HTTP what the source serves over HTTPS), and an access list
 * whose new users have no password is not created (NPM cannot create them, and a list without its users protects
 * less); hosts behind such a list are held back with it.
 */
public final class ImportPlanner {

    private static final List<ResourceType> DELETABLE = List.of(ResourceType.ACCESS_LIST, ResourceType.PROXY_HOST,
            ResourceType.REDIRECTION_HOST, ResourceType.DEAD_HOST, ResourceType.STREAM);
    private static final List<ResourceType> HOSTS = List.of(ResourceType.PROXY_HOST, ResourceType.REDIRECTION_HOST,
            ResourceType.DEAD_HOST);

    private final EntryDiff diff = new EntryDiff();

    public ImportPlan plan(ConfigDocument document, InstanceState target, Strategy strategy) {
        return new Run(document, target, strategy).plan();
    }

    private final class Run {
        private final ConfigDocument document;
        private final InstanceState target;
        private final Strategy strategy;
        private final String where;
        private final List<PlanStep> steps = new ArrayList<>();
        private final List<PlanStep.Delete> deletes = new ArrayList<>();
        private final Set<String> deleted = new HashSet<>();
        private final Map<String, Integer> certificateIds = new HashMap<>();
        private final Map<String, Integer> accessListIds = new HashMap<>();
        private final Set<String> listsAfterImport = new HashSet<>();
        private final Map<String, String> heldBackLists = new HashMap<>();
        private final List<String> notes = new ArrayList<>();

        Run(ConfigDocument document, InstanceState target, Strategy strategy) {
            this.document = document;
            this.target = target;
            this.strategy = strategy;
            this.where = " on instance '" + target.instance() + "'";
        }

        ImportPlan plan() {
            if (strategy == Strategy.REPLACE) {
                planDeletes();
            }
            planCertificates();
            Map<String, List<Existing<AccessListEntry>>> byName = new HashMap<>();
            target.accessLists().stream()
                    .filter(l -> !deleted.contains(ResourceType.ACCESS_LIST + "#" + l.id()))
                    .forEach(l -> byName.computeIfAbsent(l.entry().name(), n -> new ArrayList<>()).add(l));
            byName.forEach((name, lists) -> {
                if (lists.size() == 1) {
                    accessListIds.put(name, lists.get(0).id());
                    listsAfterImport.add(name);
                }
            });
            document.accessLists().ifPresent(lists -> lists.forEach(this::planAccessList));
            Map<String, ConfigEntry> hostKeys = new HashMap<>();
            for (ResourceType type : HOSTS) {
                document.section(type).ifPresent(hosts -> hosts.forEach(h -> planHost(h, hostKeys)));
            }
            Set<String> streamKeys = new HashSet<>();
            document.streams().ifPresent(streams -> streams.forEach(s -> planStream(s, streamKeys)));
            document.settings().ifPresent(settings -> settings.forEach(this::planSetting));
            steps.addAll(deletes);
            return new ImportPlan(target.instance(), strategy, steps, certificateIds, accessListIds, notes);
        }

        private void planDeletes() {
            for (ResourceType type : DELETABLE) {
                Optional<List<? extends ConfigEntry>> section = document.section(type);
                if (section.isEmpty()) {
                    continue;
                }
                Set<String> keys = new HashSet<>();
                section.get().forEach(e -> keys.add(e.key()));
                for (Existing<? extends ConfigEntry> existing : target.of(type)) {
                    if (!keys.contains(existing.entry().key())) {
                        deleted.add(type + "#" + existing.id());
                        deletes.add(new PlanStep.Delete(existing.id(), existing.entry(), List.of()));
                    }
                }
            }
            // A list's delete detaches it from the hosts that stay: say which lose their protection.
            for (int i = 0; i < deletes.size(); i++) {
                PlanStep.Delete delete = deletes.get(i);
                if (delete.entry() instanceof AccessListEntry list) {
                    List<String> exposed = target.proxyHosts().stream()
                            .filter(h -> !deleted.contains(ResourceType.PROXY_HOST + "#" + h.id()))
                            .filter(h -> h.entry().accessList().equals(Optional.of(list.name())))
                            .map(h -> Labels.of(h.entry()))
                            .toList();
                    if (!exposed.isEmpty()) {
                        deletes.set(i, new PlanStep.Delete(delete.targetId(), list, List.of(
                                "NPM detaches a deleted list from its hosts, so " + String.join("; ", exposed)
                                        + " would no longer be protected by it.")));
                    }
                }
            }
        }

        private void planCertificates() {
            Map<String, Optional<String>> references = new LinkedHashMap<>();
            document.certificates().ifPresent(certs -> certs.forEach(c -> references.put(c.key(),
                    Optional.of(c.niceName()))));
            for (ConfigEntry entry : document.entries()) {
                entry.certificateReference().ifPresent(domains ->
                        references.putIfAbsent(ConfigEntry.domainKey(domains), Optional.empty()));
            }
            references.forEach((key, niceName) -> target.certificates().stream()
                    .filter(c -> c.entry().key().equals(key))
                    .min(Comparator.comparing((Existing<CertificateEntry> c) ->
                                    !niceName.equals(Optional.of(c.entry().niceName())))
                            .thenComparing(c -> -c.id()))
                    .ifPresent(chosen -> certificateIds.put(key, chosen.id())));
            document.certificates().ifPresent(certs -> certs.forEach(certificate -> {
                Integer id = certificateIds.get(certificate.key());
                if (id != null) {
                    steps.add(new PlanStep.Keep(id, certificate, List.of()));
                } else {
                    steps.add(new PlanStep.Blocked(certificate, Optional.empty(), Status.UNRESOLVED,
                            "Not" + where + ", and an import never creates certificates (the document carries no"
                                    + " keys). " + howToCreate(certificate.domainNames(),
                                            Optional.of(certificate.provider()))
                                    + " Hosts using it are held back until it exists."));
                }
            }));
        }

        private String howToCreate(List<String> domains, Optional<String> provider) {
            String names = "[" + String.join(", ", domains) + "]";
            return provider.filter("custom"::equals).isPresent()
                    ? "Upload it with npm_manage_certificate (operation=create, provider=custom, domain_names="
                            + names + ", its PEM files), then import again."
                    : "Request it with npm_manage_certificate (operation=create, domain_names=" + names
                            + "), then import again.";
        }

        private void planAccessList(AccessListEntry wanted) {
            List<Existing<AccessListEntry>> matches = target.accessLists().stream()
                    .filter(l -> l.entry().name().equals(wanted.name()))
                    .toList();
            if (steps.stream().anyMatch(s -> s.entry() instanceof AccessListEntry l && l.name().equals(wanted.name()))) {
                block(wanted, Optional.empty(), Status.CONFLICT, "The document has two access lists named '"
                        + wanted.name() + "'; only the first is imported.");
                return;
            }
            if (matches.size() > 1) {
                block(wanted, Optional.empty(), Status.CONFLICT, "Instance '" + target.instance() + "' has "
                        + matches.size() + " access lists named '" + wanted.name() + "' (ids " + matches.stream()
                                .map(m -> String.valueOf(m.id())).toList() + "), so it is unclear which to update."
                        + " Rename or delete the extra ones with npm_manage_access_list, then import again.");
                return;
            }
            if (matches.size() == 1) {
                Existing<AccessListEntry> existing = matches.get(0);
                accessListIds.put(wanted.name(), existing.id());
                listsAfterImport.add(wanted.name());
                List<String> onTarget = existing.entry().usernames();
                List<String> withoutPassword = wanted.items().stream()
                        .filter(i -> !onTarget.contains(i.username()) && i.password().isEmpty())
                        .map(AccessListItemEntry::username)
                        .toList();
                AccessListEntry effective = wanted.withItems(wanted.items().stream()
                        .filter(i -> !withoutPassword.contains(i.username()))
                        .toList());
                List<String> listNotes = new ArrayList<>();
                if (!withoutPassword.isEmpty()) {
                    listNotes.add("User(s) " + String.join(", ", withoutPassword) + " are not added: the target does"
                            + " not have them and the document has no password for them (fill in items[].password"
                            + " in import_data and import again).");
                }
                if (wanted.items().stream().anyMatch(i -> onTarget.contains(i.username()) && i.password().isPresent())) {
                    listNotes.add("Users the target already has keep their stored passwords; passwords in the"
                            + " document are used only for new users (change others with npm_manage_access_list).");
                }
                List<FieldDiff> changes = diff.between(existing.entry(), effective);
                steps.add(changes.isEmpty()
                        ? new PlanStep.Keep(existing.id(), effective, listNotes)
                        : new PlanStep.Update(existing.id(), existing.entry(), effective, changes, listNotes));
                return;
            }
            List<String> withoutPassword = wanted.items().stream()
                    .filter(i -> i.password().isEmpty())
                    .map(AccessListItemEntry::username)
                    .toList();
            if (!withoutPassword.isEmpty()) {
                String reason = "Basic-auth user(s) " + String.join(", ", withoutPassword) + " need a password:"
                        + " exports never carry passwords and NPM cannot create a user without one. Fill in"
                        + " items[].password for them in import_data and import again (the list is not created"
                        + " without its users, which would protect less than on the source).";
                heldBackLists.put(wanted.name(), reason);
                block(wanted, Optional.empty(), Status.UNRESOLVED, reason);
                return;
            }
            listsAfterImport.add(wanted.name());
            steps.add(new PlanStep.Create(wanted, List.of()));
        }

        private void planHost(ConfigEntry entry, Map<String, ConfigEntry> hostKeys) {
            ConfigEntry wanted = adjusted(entry);
            ConfigEntry earlier = hostKeys.putIfAbsent(wanted.key(), wanted);
            if (earlier != null) {
                block(wanted, Optional.empty(), Status.CONFLICT, "The document has these domains twice (also as a "
                        + earlier.type().label() + "); only the first is imported.");
                return;
            }
            Optional<Existing<? extends ConfigEntry>> match = target.find(wanted.type(), wanted.key());
            List<String> domains = domainsOf(wanted);
            Optional<Existing<? extends ConfigEntry>> inTheWay = target.hosts().stream()
                    .filter(h -> !deleted.contains(h.entry().type() + "#" + h.id()))
                    .filter(h -> match.map(m -> m.entry().type() != h.entry().type() || m.id() != h.id()).orElse(true))
                    .filter(h -> domainsOf(h.entry()).stream().anyMatch(domains::contains))
                    .findFirst();
            if (inTheWay.isPresent()) {
                Existing<? extends ConfigEntry> other = inTheWay.get();
                block(wanted, Optional.empty(), Status.CONFLICT, "Instance '" + target.instance() + "' already"
                        + " serves " + String.join(", ", domainsOf(other.entry()).stream()
                                .filter(domains::contains).toList()) + " with " + other.entry().type().label()
                        + " #" + other.id() + " (" + Labels.of(other.entry()) + "), and NPM keeps each domain on one"
                        + " host. Change or delete that host first, or import a document that has its kind with"
                        + " strategy=replace.");
                return;
            }
            if (!references(wanted, match.map(Existing::id))) {
                return;
            }
            planMatch(wanted, match);
        }

        private void planStream(StreamEntry entry, Set<String> streamKeys) {
            if (!streamKeys.add(entry.key())) {
                block(entry, Optional.empty(), Status.CONFLICT, "The document has port " + entry.key()
                        + " twice; only the first is imported.");
                return;
            }
            Optional<Existing<? extends ConfigEntry>> match = target.find(ResourceType.STREAM, entry.key());
            Optional<Existing<StreamEntry>> inTheWay = target.streams().stream()
                    .filter(s -> !deleted.contains(ResourceType.STREAM + "#" + s.id()))
                    .filter(s -> match.map(m -> m.id() != s.id()).orElse(true))
                    .filter(s -> s.entry().sharesProtocolWith(entry))
                    .findFirst();
            if (inTheWay.isPresent()) {
                block(entry, Optional.empty(), Status.CONFLICT, "Instance '" + target.instance() + "' already has"
                        + " stream #" + inTheWay.get().id() + " (" + Labels.of(inTheWay.get().entry()) + ") on that"
                        + " port; NPM would accept a second one but leave it offline. Change or delete that stream"
                        + " first, or import with strategy=replace.");
                return;
            }
            if (entry.certificateReference().isPresent() && !target.capabilities().streamCertificates()) {
                block(entry, match.map(Existing::id), Status.SKIPPED, "It is a TLS stream, and NPM " + target.npmVersion()
                        + where + " has TLS streams only from 2.12.");
                return;
            }
            if (!references(entry, match.map(Existing::id))) {
                return;
            }
            planMatch(entry, match);
        }

        private void planSetting(SettingEntry wanted) {
            Optional<Existing<? extends ConfigEntry>> match = target.find(ResourceType.SETTING, wanted.id());
            if (match.isEmpty()) {
                block(wanted, Optional.empty(), Status.SKIPPED, "Instance '" + target.instance()
                        + "' has no setting '" + wanted.id() + "'.");
                return;
            }
            planMatch(wanted, match);
        }

        private void planMatch(ConfigEntry wanted, Optional<Existing<? extends ConfigEntry>> match) {
            if (match.isEmpty()) {
                steps.add(new PlanStep.Create(wanted, List.of()));
                return;
            }
            Existing<? extends ConfigEntry> existing = match.get();
            List<FieldDiff> changes = diff.between(existing.entry(), wanted);
            steps.add(changes.isEmpty()
                    ? new PlanStep.Keep(existing.id(), wanted, List.of())
                    : new PlanStep.Update(existing.id(), existing.entry(), wanted, changes, List.of()));
        }

        /** False (and the entry held back) when its certificate or access list will not exist on the target. */
        private boolean references(ConfigEntry wanted, Optional<Integer> targetId) {
            Optional<List<String>> certificate = wanted.certificateReference();
            if (certificate.isPresent() && !certificateIds.containsKey(ConfigEntry.domainKey(certificate.get()))) {
                block(wanted, targetId, Status.UNRESOLVED, "It uses the certificate for "
                        + String.join(", ", certificate.get()) + ", which is not" + where + ". It is not imported"
                        + " without it, so nothing the source serves over HTTPS is served over plain HTTP. "
                        + howToCreate(certificate.get(), document.certificates().flatMap(certs -> certs.stream()
                                .filter(c -> c.key().equals(ConfigEntry.domainKey(certificate.get())))
                                .map(CertificateEntry::provider)
                                .findFirst())));
                return false;
            }
            Optional<String> list = wanted.accessListReference();
            if (list.isPresent() && !listsAfterImport.contains(list.get())) {
                String why = Optional.ofNullable(heldBackLists.get(list.get()))
                        .map(reason -> "access list '" + list.get() + "' is held back: " + reason)
                        .orElse("there is no access list '" + list.get() + "'" + where + " or in the document");
                block(wanted, targetId, Status.UNRESOLVED, "It is protected by an access list, and " + why
                        + " It is not imported unprotected.");
                return false;
            }
            return true;
        }

        private ConfigEntry adjusted(ConfigEntry entry) {
            if (entry instanceof ProxyHostEntry host && host.trustForwardedProto().isPresent()
                    && !target.capabilities().trustForwardedProto()) {
                if (host.trustForwardedProto().get()) {
                    notes.add("Proxy host " + Labels.of(host) + " has trust_forwarded_proto on, which NPM "
                            + target.npmVersion() + where + " does not have (2.14+); it is imported without it.");
                }
                return host.withoutTrustForwardedProto();
            }
            return entry;
        }

        private void block(ConfigEntry entry, Optional<Integer> targetId, Status status, String reason) {
            steps.add(new PlanStep.Blocked(entry, targetId, status, reason));
        }
    }

    private static List<String> domainsOf(ConfigEntry entry) {
        return switch (entry) {
            case ProxyHostEntry p -> p.domainNames();
            case RedirectionHostEntry r -> r.domainNames();
            case DeadHostEntry d -> d.domainNames();
            default -> List.of();
        };
    }
}
