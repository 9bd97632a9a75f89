package dev.npmmcp.intent;

import dev.npmmcp.accesslist.AccessList;
import dev.npmmcp.accesslist.AccessListApi;
import dev.npmmcp.accesslist.AccessListExpand;
import dev.npmmcp.accesslist.AccessListItem;
import dev.npmmcp.accesslist.AccessListRule;
import dev.npmmcp.accesslist.AccessListUser;
import dev.npmmcp.certificate.Certificate;
import dev.npmmcp.certificate.CertificateApi;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmNotFoundException;
import dev.npmmcp.npm.NpmVersion;
import dev.npmmcp.proxyhost.ProxyHost;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What NPM holds that bears on one expose request, read once: the host already serving exactly these names (if
 * any), hosts of any kind claiming one of them, the access list this tool keeps for the names, and a certificate that
 * already covers them. From it the plan follows, and the apply step acts on the same reading.
 */
final class ExposeState {

    private final ExposeServiceTool.Input input;
    private final Optional<ProxyHost> host;
    private final Optional<AccessList> list;
    private final Optional<Certificate> certificate;
    private final List<String> conflicts;
    private final List<String> notes;

    private ExposeState(ExposeServiceTool.Input input, Optional<ProxyHost> host, Optional<AccessList> list,
            Optional<Certificate> certificate, List<String> conflicts, List<String> notes) {
        this.input = input;
        this.host = host;
        this.list = list;
        this.certificate = certificate;
        this.conflicts = conflicts;
        this.notes = notes;
    }

    static ExposeState read(NpmClient client, ExposeServiceTool.Input input) {
        Set<String> wanted = new TreeSet<>(input.domainNames());
        List<String> conflicts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        DomainClaims claims = DomainClaims.read(client);
        Optional<ProxyHost> same = claims.proxyHosts().stream()
                .filter(proxy -> lowered(proxy.domainNames()).equals(wanted))
                .findFirst();
        claims.claiming(wanted, same.map(ProxyHost::id)).forEach(c -> conflicts.add(String.join(", ",
                c.overlap(wanted)) + " already served by " + c.label() + " (" + String.join(", ", c.names()) + ")"));

        Optional<AccessList> list = input.restricted()
                ? new AccessListApi(client).list(Optional.empty(), EnumSet.of(AccessListExpand.ITEMS,
                                AccessListExpand.CLIENTS)).stream()
                        .filter(l -> l.name().equals(listName(input)))
                        .findFirst()
                : Optional.empty();
        Optional<Certificate> certificate = certificate(client, input, same, conflicts);
        if (input.certificate().equals("letsencrypt") && certificate.isEmpty() && input.letsencryptEmail().isEmpty()) {
            notes.add("NPM " + client.serverInfo().version() + ": the Let's Encrypt account is "
                    + (client.serverInfo().version().compareTo(NpmVersion.of(2, 13, 0)) < 0
                            ? "the NPM user's email, filled in by this server (NPM before 2.13 needs one sent)"
                            : "the NPM user's email (NPM 2.13+ uses it itself)"));
        }
        return new ExposeState(input, same, list, certificate, conflicts, notes);
    }

    private static Optional<Certificate> certificate(NpmClient client, ExposeServiceTool.Input input,
            Optional<ProxyHost> same, List<String> conflicts) {
        CertificateApi certificates = new CertificateApi(client);
        if (input.certificate().equals("none")) {
            return Optional.empty();
        }
        if (!input.certificate().equals("letsencrypt")) {
            int id = Integer.parseInt(input.certificate());
            try {
                Certificate chosen = certificates.get(id, Set.of());
                if (!covers(chosen, input.domainNames())) {
                    conflicts.add("certificate #" + id + " (" + String.join(", ", chosen.domainNames())
                            + ") does not cover " + String.join(", ", input.domainNames()));
                }
                return Optional.of(chosen);
            } catch (NpmNotFoundException e) {
                conflicts.add("certificate #" + id + " does not exist");
                return Optional.empty();
            }
        }
        Instant now = Instant.now();
        List<Certificate> usable = certificates.list(Optional.empty(), Set.of()).stream()
                .filter(c -> covers(c, input.domainNames()))
                .filter(c -> c.expiresAt().map(at -> at.isAfter(now)).orElse(false))
                .toList();
        // the host's own certificate first, so a repeated call keeps what it has
        return usable.stream().filter(c -> same.map(h -> h.certificateId() == c.id()).orElse(false)).findFirst()
                .or(() -> usable.stream().findFirst());
    }

    /** Whether the certificate's names cover every name: exactly, or by a wildcard one label deep. */
    static boolean covers(Certificate certificate, List<String> names) {
        Set<String> held = lowered(certificate.domainNames());
        return names.stream().allMatch(name -> held.contains(name)
                || (name.contains(".") && held.contains("*" + name.substring(name.indexOf('.')))));
    }

    private static Set<String> lowered(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toCollection(TreeSet::new));
    }

    static String listName(ExposeServiceTool.Input input) {
        return "expose " + input.domainNames().getFirst();
    }

    Optional<ProxyHost> host() {
        return host;
    }

    Optional<AccessList> list() {
        return list;
    }

    Optional<Certificate> reusableCertificate() {
        return certificate;
    }

    Optional<Integer> hostId() {
        return host.map(ProxyHost::id);
    }

    Optional<Integer> certificateId() {
        return certificate.map(Certificate::id);
    }

    Optional<Integer> accessListId() {
        return list.map(AccessList::id);
    }

    /** Whether the kept list already holds these rules and users (passwords NPM never shows are not compared). */
    boolean listMatches() {
        return list.filter(l -> rules(l.clients()).equals(rules(input.clients()))
                && l.items().stream().map(AccessListItem::username).collect(Collectors.toSet())
                        .equals(input.users().orElse(List.of()).stream().map(AccessListUser::username)
                                .collect(Collectors.toSet()))
                && !l.satisfyAny()).isPresent();
    }

    private static Set<String> rules(List<AccessListRule> rules) {
        return rules.stream().map(r -> r.directive() + " " + r.address()).collect(Collectors.toSet());
    }

    /** The host fields that differ from what is asked, given the certificate and list ids it will have. */
    List<String> hostDifferences(int certificateId, int accessListId) {
        if (host.isEmpty()) {
            return List.of();
        }
        ProxyHost h = host.get();
        List<String> differences = new ArrayList<>();
        if (!h.forwardScheme().equals(input.forwardScheme()) || !h.forwardHost().equals(input.forwardHost())
                || h.forwardPort() != input.forwardPort()) {
            differences.add("upstream " + h.forwardScheme() + "://" + h.forwardHost() + ":" + h.forwardPort() + " -> "
                    + input.forwardScheme() + "://" + input.forwardHost() + ":" + input.forwardPort());
        }
        if (h.certificateId() != certificateId) {
            differences.add("certificate_id " + h.certificateId() + " -> " + (certificateId < 0 ? "new" : certificateId));
        }
        if (h.accessListId() != accessListId) {
            differences.add("access_list_id " + h.accessListId() + " -> " + (accessListId < 0 ? "new" : accessListId));
        }
        if (h.sslForced() != ExposeApply.forceSsl(input)) {
            differences.add("ssl_forced " + h.sslForced() + " -> " + ExposeApply.forceSsl(input));
        }
        if (h.allowWebsocketUpgrade() != input.websocketSupport()) {
            differences.add("allow_websocket_upgrade " + h.allowWebsocketUpgrade() + " -> " + input.websocketSupport());
        }
        if (h.blockExploits() != input.blockExploits()) {
            differences.add("block_exploits " + h.blockExploits() + " -> " + input.blockExploits());
        }
        if (input.ssl() && !h.http2Support()) {
            differences.add("http2_support false -> true");
        }
        return differences;
    }

    ExposePlan plan() {
        List<ExposePlan.Step> steps = new ArrayList<>();
        int listId = 0;
        if (input.restricted()) {
            String who = describeAccess();
            if (list.isPresent()) {
                listId = list.get().id();
                steps.add(new ExposePlan.Step("access_list", listMatches() ? "reuse" : "update", Optional.of(listId),
                        "'" + list.get().name() + "': " + who));
            } else {
                listId = -1;
                steps.add(new ExposePlan.Step("access_list", "create", Optional.empty(),
                        "'" + listName(input) + "': " + who));
            }
        }
        int certificateId = 0;
        if (input.ssl()) {
            if (certificate.isPresent()) {
                certificateId = certificate.get().id();
                steps.add(new ExposePlan.Step("certificate", "reuse", Optional.of(certificateId),
                        String.join(", ", certificate.get().domainNames()) + ", expires "
                                + certificate.get().expiresOn()));
            } else if (input.certificate().equals("letsencrypt")) {
                certificateId = -1;
                steps.add(new ExposePlan.Step("certificate", "create", Optional.empty(),
                        "Let's Encrypt (HTTP challenge) for " + String.join(", ", input.domainNames())));
            }
        }
        String upstream = input.forwardScheme() + "://" + input.forwardHost() + ":" + input.forwardPort();
        if (host.isEmpty()) {
            steps.add(new ExposePlan.Step("proxy_host", "create", Optional.empty(),
                    String.join(", ", input.domainNames()) + " -> " + upstream + flags()));
        } else {
            List<String> differences = hostDifferences(certificateId, listId);
            steps.add(new ExposePlan.Step("proxy_host", differences.isEmpty() ? "reuse" : "update",
                    Optional.of(host.get().id()), differences.isEmpty() ? String.join(", ", input.domainNames())
                            + " -> " + upstream + flags() : String.join("; ", differences)));
        }
        return new ExposePlan(steps, conflicts, notes);
    }

    private String describeAccess() {
        List<String> parts = new ArrayList<>();
        if (!input.clients().isEmpty()) {
            parts.add("only from " + input.clients().stream().map(AccessListRule::address)
                    .collect(Collectors.joining(", ")));
        }
        input.users().filter(u -> !u.isEmpty()).ifPresent(users -> parts.add("users " + users.stream()
                .map(AccessListUser::username).collect(Collectors.joining(", "))));
        return String.join(" and ", parts);
    }

    private String flags() {
        List<String> flags = new ArrayList<>();
        if (ExposeApply.forceSsl(input)) {
            flags.add("force SSL");
        }
        if (input.websocketSupport()) {
            flags.add("websockets");
        }
        if (input.blockExploits()) {
            flags.add("block exploits");
        }
        return flags.isEmpty() ? "" : " (" + String.join(", ", flags) + ")";
    }
}
