package dev.npmmcp.intent;

import dev.npmmcp.accesslist.AccessList;
import dev.npmmcp.accesslist.AccessListApi;
import dev.npmmcp.accesslist.AccessListCreate;
import dev.npmmcp.accesslist.AccessListExpand;
import dev.npmmcp.accesslist.AccessListItem;
import dev.npmmcp.accesslist.AccessListUpdate;
import dev.npmmcp.accesslist.AccessListUser;
import dev.npmmcp.certificate.Certificate;
import dev.npmmcp.certificate.CertificateApi;
import dev.npmmcp.certificate.CertificateCreate;
import dev.npmmcp.npm.CertificateChoice;
import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.proxyhost.ProxyHost;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.proxyhost.ProxyHostCreate;
import dev.npmmcp.proxyhost.ProxyHostExpand;
import dev.npmmcp.proxyhost.ProxyHostUpdate;
import dev.npmmcp.tool.Progress;
import dev.npmmcp.tool.ToolFailure;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Applies an expose plan in order (access list, certificate, host), reads the host back and checks it, and remembers
 * how to undo each step, so that a failure anywhere leaves NPM as it was.
 */
final class ExposeApply {

    record Applied(int hostId, Optional<Integer> certificateId, Optional<Integer> accessListId,
            List<ExposeServiceTool.Check> checks) {}

    private final NpmClient client;
    private final ExposeServiceTool.Input input;
    private final ExposeState state;
    private final Progress progress;
    /** How to undo what was done so far, last step first, each with what it undoes. */
    private final Deque<Undo> undo = new ArrayDeque<>();

    private record Undo(String what, Runnable action) {}

    /** Access list, certificate, host, check. */
    private static final int STEPS = 4;

    ExposeApply(NpmClient client, ExposeServiceTool.Input input, ExposeState state, Progress progress) {
        this.client = client;
        this.input = input;
        this.state = state;
        this.progress = progress;
    }

    static boolean forceSsl(ExposeServiceTool.Input input) {
        return input.ssl() && input.forceSsl().orElse(true);
    }

    Applied run() {
        progress.report(0, STEPS, "access list");
        int listId = accessList();
        progress.report(1, STEPS, input.ssl() ? "certificate (a Let's Encrypt request can take a minute)" : "host");
        int certificateId = certificate();
        progress.report(2, STEPS, "proxy host");
        ProxyHostApi hosts = new ProxyHostApi(client);
        int hostId;
        if (state.host().isEmpty()) {
            ProxyHost created = hosts.create(ProxyHostCreate.builder(input.domainNames(), input.forwardScheme(),
                            input.forwardHost(), input.forwardPort())
                    .certificateId(certificateId > 0 ? CertificateChoice.existing(certificateId)
                            : CertificateChoice.none())
                    .accessListId(listId)
                    .sslForced(forceSsl(input))
                    .http2Support(input.ssl())
                    .allowWebsocketUpgrade(input.websocketSupport())
                    .blockExploits(input.blockExploits())
                    .build());
            hostId = created.id();
            undo.push(new Undo("deleted the new proxy host #" + hostId, () -> hosts.delete(hostId)));
        } else {
            ProxyHost before = state.host().get();
            hostId = before.id();
            if (!state.hostDifferences(certificateId, listId).isEmpty()) {
                hosts.update(hostId, settings(ProxyHostUpdate.builder()
                                .forwardScheme(input.forwardScheme())
                                .forwardHost(input.forwardHost())
                                .forwardPort(input.forwardPort()), certificateId, listId,
                        forceSsl(input), input.ssl() || before.http2Support(), input.websocketSupport(),
                        input.blockExploits()));
                undo.push(new Undo("restored proxy host #" + hostId + " as it was", () -> hosts.update(hostId,
                        settings(ProxyHostUpdate.builder()
                                        .forwardScheme(before.forwardScheme())
                                        .forwardHost(before.forwardHost())
                                        .forwardPort(before.forwardPort()), before.certificateId(),
                                before.accessListId(), before.sslForced(), before.http2Support(),
                                before.allowWebsocketUpgrade(), before.blockExploits()))));
            }
        }
        progress.report(3, STEPS, "reading it back and checking it");
        List<ExposeServiceTool.Check> checks = verify(hosts, hostId, certificateId, listId);
        progress.report(STEPS, STEPS, "exposed and checked");
        return new Applied(hostId, certificateId > 0 ? Optional.of(certificateId) : Optional.empty(),
                listId > 0 ? Optional.of(listId) : Optional.empty(), checks);
    }

    private static ProxyHostUpdate settings(ProxyHostUpdate.Builder builder, int certificateId, int listId,
            boolean sslForced, boolean http2, boolean websocket, boolean blockExploits) {
        return builder.certificateId(certificateId > 0 ? CertificateChoice.existing(certificateId)
                        : CertificateChoice.none())
                .accessListId(listId)
                .sslForced(sslForced)
                .http2Support(http2)
                .allowWebsocketUpgrade(websocket)
                .blockExploits(blockExploits)
                .build();
    }

    private int accessList() {
        if (!input.restricted()) {
            return 0;
        }
        AccessListApi lists = new AccessListApi(client);
        List<AccessListUser> users = input.users().orElse(List.of());
        if (state.list().isEmpty()) {
            AccessList created = lists.create(AccessListCreate.of(ExposeState.listName(input), users, input.clients()));
            undo.push(new Undo("deleted the new access list #" + created.id(), () -> lists.delete(created.id())));
            return created.id();
        }
        AccessList before = state.list().get();
        if (!state.listMatches()) {
            lists.update(before.id(), AccessListUpdate.builder().satisfyAny(false).items(users)
                    .clients(input.clients()).build());
            // NPM keeps a user's stored password when the update sends it blank
            List<AccessListUser> keptUsers = before.items().stream().map(AccessListItem::username)
                    .map(name -> new AccessListUser(name, "")).toList();
            undo.push(new Undo("restored access list #" + before.id() + "'s rules and users", () -> lists.update(
                    before.id(), AccessListUpdate.builder().satisfyAny(before.satisfyAny()).items(keptUsers)
                            .clients(before.clients()).build())));
        }
        return before.id();
    }

    private int certificate() {
        if (!input.ssl()) {
            return 0;
        }
        Optional<Certificate> reusable = state.reusableCertificate();
        if (reusable.isPresent()) {
            return reusable.get().id();
        }
        CertificateApi certificates = new CertificateApi(client);
        Certificate created = certificates.create(
                CertificateCreate.LetsEncrypt.http(input.domainNames(), input.letsencryptEmail()));
        undo.push(new Undo("deleted the new certificate #" + created.id(), () -> certificates.delete(created.id())));
        return created.id();
    }

    /** The host as NPM holds it now, against what was asked; a failed check undoes everything. */
    private List<ExposeServiceTool.Check> verify(ProxyHostApi hosts, int hostId, int certificateId, int listId) {
        ProxyHost host = hosts.get(hostId, Set.of(ProxyHostExpand.CERTIFICATE));
        if (forceSsl(input) && !host.sslForced()) {
            // NPM clears the SSL flags of a host while it has no certificate; send them again once it has one
            hosts.update(hostId, ProxyHostUpdate.builder().sslForced(true).http2Support(true).build());
            host = hosts.get(hostId, Set.of(ProxyHostExpand.CERTIFICATE));
        }
        List<ExposeServiceTool.Check> checks = new ArrayList<>();
        ProxyHost read = host;
        checks.add(check("nginx accepted the host", !read.meta().failed(),
                read.meta().nginxErr().filter(e -> !e.isBlank()).orElse("nginx_online")));
        checks.add(check("upstream", read.forwardHost().equals(input.forwardHost())
                        && read.forwardPort() == input.forwardPort(),
                read.forwardScheme() + "://" + read.forwardHost() + ":" + read.forwardPort()));
        // one read of the certificate serves the coverage check and the front door's
        Optional<Certificate> certificate = certificateId > 0
                ? new CertificateApi(client).list(Optional.empty(), Set.of()).stream()
                        .filter(c -> c.id() == certificateId).findFirst()
                : Optional.empty();
        if (certificateId > 0) {
            boolean covers = read.certificateId() == certificateId
                    && certificate.filter(c -> ExposeState.covers(c, input.domainNames())).isPresent();
            checks.add(check("certificate attached and covering the names", covers,
                    "certificate #" + read.certificateId()));
            checks.add(check("HTTP redirected to HTTPS", read.sslForced() == forceSsl(input),
                    "ssl_forced " + read.sslForced()));
        }
        if (listId > 0) {
            checks.add(check("access list attached", read.accessListId() == listId,
                    "access_list_id " + read.accessListId()));
        }
        frontDoor(read, certificate, listId).forEach(checks::add);
        List<String> failed = checks.stream().filter(c -> !c.ok()).map(c -> c.check() + " (" + c.detail() + ")")
                .toList();
        if (!failed.isEmpty()) {
            throw new ToolFailure("the result did not check out: " + String.join("; ", failed),
                    "Look at the upstream and the names, then call again.");
        }
        return checks;
    }

    /**
     * The same request a visitor makes, through NPM's front door: the only way to see that nginx enforces the access
     * list (NPM's API cannot show nginx's files). What cannot be checked from here is said, not failed.
     */
    private List<ExposeServiceTool.Check> frontDoor(ProxyHost read, Optional<Certificate> certificate, int listId) {
        List<DiagnoseHostTool.Finding> findings = new ArrayList<>();
        Optional<AccessList> list = listId > 0 ? Optional.of(new AccessListApi(client).get(listId,
                EnumSet.of(AccessListExpand.ITEMS, AccessListExpand.CLIENTS))) : Optional.empty();
        new FrontDoorChecks(new FrontDoorProbe(client.connection().baseUri().getHost(), Duration.ofSeconds(3)),
                input.frontDoorHttpPort(), input.frontDoorHttpsPort(), read, input.domainNames().getFirst(),
                certificate, list).run(findings);
        return findings.stream()
                .filter(f -> !f.check().equals("front door: upstream through NPM"))
                .map(f -> check(f.check(), !f.status().equals("fail"),
                        (f.status().equals("unknown") ? "not checked from here: " : "") + f.detail()))
                .toList();
    }

    private static ExposeServiceTool.Check check(String name, boolean ok, String detail) {
        return new ExposeServiceTool.Check(name, ok, detail);
    }

    /** Undoes what was done, last step first; says what was undone, and what could not be. */
    List<String> rollBack() {
        List<String> undone = new ArrayList<>();
        while (!undo.isEmpty()) {
            Undo step = undo.pop();
            undone.add(attempt(step.what(), () -> {
                step.action().run();
                return step.what();
            }));
        }
        return undone;
    }

    private static String attempt(String what, Supplier<String> action) {
        try {
            return action.get();
        } catch (NpmApiException e) {
            return "could NOT undo (" + what + "): " + e.getMessage();
        }
    }
}
