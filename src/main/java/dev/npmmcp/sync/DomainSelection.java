package dev.npmmcp.sync;

import dev.npmmcp.bulk.config.ConfigDocument;
import dev.npmmcp.bulk.config.ConfigEntry;
import dev.npmmcp.bulk.config.DeadHostEntry;
import dev.npmmcp.bulk.config.ImportPlan;
import dev.npmmcp.bulk.config.PlanStep;
import dev.npmmcp.bulk.config.ProxyHostEntry;
import dev.npmmcp.bulk.config.RedirectionHostEntry;
import dev.npmmcp.bulk.config.DomainGlob;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * domain_pattern: a sync of the hosts whose domain names match a glob, with only the certificates and access lists
 * those hosts use. A replace under a pattern deletes only target hosts that match it, so hosts outside the pattern are
 * never touched.
 */
final class DomainSelection {

    private final String glob;
    private final Pattern pattern;

    private DomainSelection(String glob) {
        this.glob = glob.strip();
        this.pattern = DomainGlob.compile(this.glob);
    }

    static Optional<DomainSelection> of(Optional<String> glob) {
        return glob.filter(g -> !g.isBlank()).map(DomainSelection::new);
    }

    String glob() {
        return glob;
    }

    ConfigDocument narrow(ConfigDocument document) {
        List<ProxyHostEntry> proxyHosts = document.proxyHosts().map(this::matching).orElse(List.of());
        List<RedirectionHostEntry> redirections = document.redirectionHosts().map(this::matching).orElse(List.of());
        List<DeadHostEntry> deadHosts = document.deadHosts().map(this::matching).orElse(List.of());
        Set<String> lists = proxyHosts.stream().flatMap(h -> h.accessListReference().stream())
                .collect(Collectors.toSet());
        Set<String> certificates = Stream.of(proxyHosts, redirections, deadHosts)
                .flatMap(List::stream)
                .flatMap(h -> h.certificateReference().stream())
                .map(ConfigEntry::domainKey)
                .collect(Collectors.toSet());
        return new ConfigDocument(document.format(), document.version(), document.exportedAt(), document.source(),
                document.notes(),
                document.certificates().map(c -> c.stream().filter(e -> certificates.contains(e.key())).toList()),
                document.accessLists().map(l -> l.stream().filter(e -> lists.contains(e.name())).toList()),
                document.proxyHosts().map(h -> proxyHosts), document.redirectionHosts().map(h -> redirections),
                document.deadHosts().map(h -> deadHosts), document.streams(), document.settings());
    }

    /** The plan without deletes of anything but hosts matching the pattern. */
    ImportPlan narrow(ImportPlan plan) {
        List<PlanStep> steps = plan.steps().stream()
                .filter(s -> !(s instanceof PlanStep.Delete delete) || matches(delete.entry()))
                .toList();
        return new ImportPlan(plan.instance(), plan.strategy(), steps, plan.certificateIds(), plan.accessListIds(),
                plan.notes());
    }

    private <E extends ConfigEntry> List<E> matching(List<E> hosts) {
        return hosts.stream().filter(this::matches).toList();
    }

    private boolean matches(ConfigEntry entry) {
        List<String> domains = switch (entry) {
            case ProxyHostEntry p -> p.domainNames();
            case RedirectionHostEntry r -> r.domainNames();
            case DeadHostEntry d -> d.domainNames();
            default -> List.of();
        };
        return domains.stream().anyMatch(d -> pattern.matcher(d).matches());
    }

}
