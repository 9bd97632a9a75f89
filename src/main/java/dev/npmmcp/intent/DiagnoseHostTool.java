package dev.npmmcp.intent;

import dev.npmmcp.accesslist.AccessList;
import dev.npmmcp.accesslist.AccessListApi;
import dev.npmmcp.accesslist.AccessListExpand;
import dev.npmmcp.certificate.Certificate;
import dev.npmmcp.certificate.CertificateApi;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmNotFoundException;
import dev.npmmcp.proxyhost.ProxyHost;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import dev.npmmcp.tool.Unadvertised;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code npm_diagnose_host}: why a site misbehaves. What NPM says (enabled, nginx's verdict, certificate, access
 * list, names claimed twice), what can be seen from where this server runs (the upstream's port, the name's DNS), and
 * a request through NPM's own front door, which is the only way to see whether nginx really enforces the access list
 * (NPM can drop it and still show it attached) and which certificate it really serves. Every finding comes with its
 * next step, and a check that cannot tell from here says so.
 */
public final class DiagnoseHostTool extends Tool<DiagnoseHostTool.Input, DiagnoseHostTool.Result> {

    public DiagnoseHostTool() {
        super(new ToolSpec<>(
                "npm_diagnose_host",
                "Why a proxy host misbehaves: nginx errors, certificate, access list, duplicate names, "
                        + "upstream, and a request through NPM; each finding with a next step.",
                Category.PROXY_HOST,
                ToolHints.reading(),
                Input.class,
                Result.class));
    }

    record Input(
            Optional<Integer> hostId,
            Optional<String> domain,
            Optional<String> instanceName,
            @Unadvertised @Default("80") int frontDoorHttpPort,
            @Unadvertised @Default("443") int frontDoorHttpsPort,
            @Unadvertised @Default("5") int timeoutSeconds,
            @Default("true") boolean localChecks) {

        Input {
            if (hostId.isEmpty() && domain.filter(d -> !d.isBlank()).isEmpty()) {
                throw new IllegalArgumentException("give host_id or domain");
            }
            if (timeoutSeconds < 1 || timeoutSeconds > 30) {
                throw new IllegalArgumentException("timeout_seconds must be 1-30, was " + timeoutSeconds);
            }
        }
    }

    /**
     * @param status ok, warn, fail, or unknown (could not be told from here)
     */
    record Finding(String check, String status, String detail, Optional<String> nextStep) {}

    record Result(String instance, int hostId, String domain,
            String verdict,
            List<Finding> findings) {}

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        NpmClient client = target.client();
        DomainClaims claims = DomainClaims.read(client);
        ProxyHost host = find(client, claims, input, target.name());
        String domain = input.domain().map(d -> d.strip().toLowerCase(Locale.ROOT))
                .orElse(host.domainNames().isEmpty() ? "" : host.domainNames().getFirst());
        Duration timeout = Duration.ofSeconds(input.timeoutSeconds());
        List<Finding> findings = new ArrayList<>();
        findings.add(host.enabled() ? ok("enabled", "host #" + host.id() + " is enabled")
                : fail("enabled", "host #" + host.id() + " is disabled: nginx does not serve it",
                        "npm_manage_proxy_host enable (the access list is re-applied as it is enabled)"));
        findings.add(claims(claims, host, domain));
        findings.add(nginx(host));
        Optional<Certificate> certificate = certificate(client, host, domain, findings);
        Optional<AccessList> list = accessList(client, host, findings);
        String npmAddress = client.connection().baseUri().getHost();
        if (input.localChecks()) {
            findings.add(upstream(host, timeout));
            findings.add(dns(domain, npmAddress));
        }
        if (host.enabled()) {
            new FrontDoorChecks(new FrontDoorProbe(npmAddress, timeout), input.frontDoorHttpPort(),
                    input.frontDoorHttpsPort(), host, domain, certificate, list).run(findings);
        }
        boolean problems = findings.stream().anyMatch(f -> f.status().equals("fail"));
        return new Result(target.name(), host.id(), domain, problems ? "problems" : "ok", findings);
    }

    private static ProxyHost find(NpmClient client, DomainClaims claims, Input input, String instance) {
        if (input.hostId().isPresent()) {
            // the claims already list every proxy host; a GET only to get NPM's own answer for a missing id
            int id = input.hostId().get();
            return claims.proxyHosts().stream().filter(h -> h.id() == id).findFirst()
                    .orElseGet(() -> new ProxyHostApi(client).get(id, Set.of()));
        }
        String domain = input.domain().orElseThrow().strip().toLowerCase(Locale.ROOT);
        return claims.proxyHosts().stream()
                .filter(h -> h.domainNames().stream().anyMatch(d -> d.equalsIgnoreCase(domain)))
                .findFirst()
                .orElseThrow(() -> new ToolFailure("No proxy host on '" + instance + "' serves " + domain + ".",
                        "Check the name (npm_fleet_query find_domain looks on every instance); redirection and 404"
                                + " hosts are not diagnosed here."));
    }

    private static Finding claims(DomainClaims claims, ProxyHost host, String domain) {
        List<String> others = claims.claiming(Set.of(domain.toLowerCase(Locale.ROOT)), Optional.of(host.id())).stream()
                .map(DomainClaims.Claim::label)
                .toList();
        return others.isEmpty() ? ok("name claimed once", domain + " is served by this host only")
                : fail("name claimed once", domain + " is also claimed by " + String.join(", ", others)
                        + "; nginx serves only one of them", "Remove the name from all but one host.");
    }

    private static Finding nginx(ProxyHost host) {
        if (!host.meta().failed()) {
            return ok("nginx accepted the config", "nginx_online");
        }
        String error = host.meta().nginxErr().orElse("");
        String next;
        if (error.contains("duplicate listen") || error.contains("address already in use")) {
            next = "Another host or stream uses the same port or name: find it and change one of them.";
        } else if (error.contains("unknown directive") || error.contains("directive is not allowed")) {
            next = "The host's advanced_config has a line nginx does not accept: fix or empty it"
                    + " (npm_manage_proxy_host update).";
        } else if (error.contains("cannot load certificate") || error.contains("SSL")) {
            next = "The certificate's files are missing or broken: renew or replace the certificate.";
        } else {
            next = "Read nginx's words above; after fixing, update the host once so NPM renders it again.";
        }
        return fail("nginx accepted the config", "nginx refused it: " + error.strip(), next);
    }

    private static Optional<Certificate> certificate(NpmClient client, ProxyHost host, String domain,
            List<Finding> findings) {
        if (host.certificateId() <= 0) {
            findings.add(host.sslForced()
                    ? fail("certificate", "force-SSL is on but the host has no certificate",
                            "Attach a certificate (npm_manage_proxy_host update certificate_id) or turn force-SSL off.")
                    : new Finding("certificate", "warn", "no certificate: served over plain HTTP only",
                            Optional.of("Request one: npm_expose_service, or npm_manage_proxy_host with"
                                    + " request_certificate.")));
            return Optional.empty();
        }
        Certificate certificate;
        try {
            certificate = new CertificateApi(client).get(host.certificateId(), Set.of());
        } catch (NpmNotFoundException e) {
            findings.add(fail("certificate", "certificate #" + host.certificateId() + " does not exist (deleted"
                    + " while the host still points at it)", "Attach an existing certificate or request a new one."));
            return Optional.empty();
        }
        Optional<Long> days = certificate.expiresAt().map(at -> Duration.between(Instant.now(), at).toDays());
        boolean covers = ExposeState.covers(certificate, List.of(domain));
        if (!covers) {
            findings.add(fail("certificate", "certificate #" + certificate.id() + " covers "
                    + String.join(", ", certificate.domainNames()) + ", not " + domain,
                    "Attach a certificate that covers " + domain + "."));
        } else if (days.isPresent() && days.get() < 0) {
            findings.add(fail("certificate", "certificate #" + certificate.id() + " expired " + -days.get()
                    + " days ago", "Renew it: npm_manage_certificate renew."));
        } else if (days.isPresent() && days.get() <= 14) {
            findings.add(new Finding("certificate", "warn", "certificate #" + certificate.id() + " expires in "
                    + days.get() + " days", Optional.of("Renew it: npm_manage_certificate renew.")));
        } else {
            findings.add(ok("certificate", "certificate #" + certificate.id() + " covers " + domain
                    + days.map(d -> ", " + d + " days left").orElse("")));
        }
        return Optional.of(certificate);
    }

    private static Optional<AccessList> accessList(NpmClient client, ProxyHost host, List<Finding> findings) {
        if (host.accessListId() <= 0) {
            findings.add(ok("access list", "none: the host is open to everyone who can reach NPM"));
            return Optional.empty();
        }
        try {
            AccessList list = new AccessListApi(client).get(host.accessListId(),
                    EnumSet.of(AccessListExpand.ITEMS, AccessListExpand.CLIENTS));
            findings.add(ok("access list", "'" + list.name() + "' (#" + list.id() + "): " + list.clients().size()
                    + " IP rule(s), " + list.items().size() + " user(s)"));
            return Optional.of(list);
        } catch (NpmNotFoundException e) {
            findings.add(fail("access list", "access list #" + host.accessListId() + " does not exist",
                    "Attach an existing list (npm_manage_proxy_host update access_list_id)."));
            return Optional.empty();
        }
    }

    private static Finding upstream(ProxyHost host, Duration timeout) {
        String where = host.forwardHost() + ":" + host.forwardPort();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host.forwardHost(), host.forwardPort()), (int) timeout.toMillis());
            return ok("upstream reachable from this server", where + " accepts connections (seen from where this"
                    + " server runs, not from NPM's container)");
        } catch (IOException e) {
            return new Finding("upstream reachable from this server", "warn", where + " refused or did not answer"
                    + " from where this server runs (" + e.getClass().getSimpleName() + "); NPM's network may"
                    + " still reach it", Optional.of("Check that the service runs and listens on " + where
                    + "; the front-door check below shows whether nginx reaches it."));
        }
    }

    private static Finding dns(String domain, String npmAddress) {
        try {
            List<InetAddress> name = Arrays.asList(InetAddress.getAllByName(domain));
            List<InetAddress> npm = Arrays.asList(InetAddress.getAllByName(npmAddress));
            if (name.stream().anyMatch(npm::contains)) {
                return ok("DNS", domain + " resolves to NPM's address " + npm.getFirst().getHostAddress());
            }
            return new Finding("DNS", "warn", domain + " resolves to " + name.stream().map(InetAddress::getHostAddress)
                    .toList() + ", NPM is at " + npm.stream().map(InetAddress::getHostAddress).toList()
                    + " (fine behind NAT or another proxy)", Optional.of("Point " + domain
                    + " at the address clients use to reach NPM."));
        } catch (UnknownHostException e) {
            return new Finding("DNS", "unknown", domain + " does not resolve from where this server runs",
                    Optional.of("Create the DNS record (or check this machine's resolver)."));
        }
    }

    static Finding ok(String check, String detail) {
        return new Finding(check, "ok", detail, Optional.empty());
    }

    static Finding fail(String check, String detail, String next) {
        return new Finding(check, "fail", detail, Optional.of(next));
    }

    @Override
    public Optional<String> render(Result result) {
        StringBuilder text = new StringBuilder("Proxy host #" + result.hostId() + " (" + result.domain() + ") on '"
                + result.instance() + "': " + result.verdict());
        for (Finding finding : result.findings()) {
            text.append("\n[").append(finding.status()).append("] ").append(finding.check()).append(": ")
                    .append(finding.detail());
            finding.nextStep().ifPresent(next -> text.append("\n    next: ").append(next));
        }
        return Optional.of(text.toString());
    }

    /** The served certificate's names, for a finding. */
    static String served(X509Certificate certificate) {
        return String.join(", ", FrontDoorProbe.names(certificate)) + " (until "
                + certificate.getNotAfter().toInstant() + ")";
    }
}
