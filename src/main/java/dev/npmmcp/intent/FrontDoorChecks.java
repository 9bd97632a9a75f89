package dev.npmmcp.intent;

import dev.npmmcp.accesslist.AccessList;
import dev.npmmcp.accesslist.AccessListRule;
import dev.npmmcp.certificate.Certificate;
import dev.npmmcp.proxyhost.ProxyHost;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * What a visitor gets through NPM's front door, checked against what NPM says the host is: force-SSL, the certificate
 * served, the access list (the one check that finds a host whose rules NPM dropped when it was enabled), and whether
 * nginx reaches the upstream.
 */
final class FrontDoorChecks {

    private final FrontDoorProbe probe;
    private final int httpPort;
    private final int httpsPort;
    private final ProxyHost host;
    private final String domain;
    private final Optional<Certificate> certificate;
    private final Optional<AccessList> list;

    FrontDoorChecks(FrontDoorProbe probe, int httpPort, int httpsPort, ProxyHost host, String domain,
            Optional<Certificate> certificate, Optional<AccessList> list) {
        this.probe = probe;
        this.httpPort = httpPort;
        this.httpsPort = httpsPort;
        this.host = host;
        this.domain = domain;
        this.certificate = certificate;
        this.list = list;
    }

    void run(List<DiagnoseHostTool.Finding> findings) {
        Optional<FrontDoorProbe.Answer> plain = ask(findings, httpPort, false);
        Optional<FrontDoorProbe.Answer> content = plain;
        if (plain.isPresent() && host.sslForced() && host.certificateId() > 0) {
            int status = plain.get().status();
            boolean redirected = (status == 301 || status == 302 || status == 308)
                    && plain.get().headers().getOrDefault("location", "").startsWith("https://");
            findings.add(redirected ? DiagnoseHostTool.ok("front door: HTTP to HTTPS", "plain HTTP is redirected")
                    : DiagnoseHostTool.fail("front door: HTTP to HTTPS", "force-SSL is on in NPM but nginx answered "
                            + status + " over plain HTTP", "Update the host once so NPM renders its config again."));
        }
        if (host.certificateId() > 0) {
            Optional<FrontDoorProbe.Answer> secure = ask(findings, httpsPort, true);
            secure.flatMap(FrontDoorProbe.Answer::certificate).ifPresent(served -> findings.add(served(served)));
            if (secure.isPresent()) {
                content = secure;
            }
        }
        content.ifPresent(answer -> {
            list.ifPresent(l -> findings.add(accessRules(l, answer)));
            findings.add(upstream(answer));
        });
    }

    private Optional<FrontDoorProbe.Answer> ask(List<DiagnoseHostTool.Finding> findings, int port, boolean tls) {
        try {
            return Optional.of(probe.get(domain, port, tls));
        } catch (IOException e) {
            findings.add(new DiagnoseHostTool.Finding("front door " + (tls ? "HTTPS" : "HTTP") + " port " + port,
                    "unknown", "no answer from NPM's sites on port " + port + " (" + e.getClass().getSimpleName()
                    + "): nothing about the front door could be checked from here",
                    Optional.of("If NPM serves sites on other ports, pass front_door_http_port/front_door_https_port;"
                            + " otherwise check that NPM's ports " + port + " are open to this machine.")));
            return Optional.empty();
        }
    }

    private DiagnoseHostTool.Finding served(java.security.cert.X509Certificate served) {
        List<String> names = FrontDoorProbe.names(served);
        boolean covers = names.stream().anyMatch(n -> n.equals(domain)
                || (n.startsWith("*.") && domain.endsWith(n.substring(1))));
        boolean expired = served.getNotAfter().toInstant().isBefore(java.time.Instant.now());
        if (!covers || expired) {
            return DiagnoseHostTool.fail("front door: certificate served", "nginx serves "
                    + DiagnoseHostTool.served(served) + (expired ? ", expired" : ", which does not cover " + domain),
                    "Renew or replace the certificate, then update the host once so nginx loads it.");
        }
        return DiagnoseHostTool.ok("front door: certificate served", DiagnoseHostTool.served(served));
    }

    /** 401 without credentials for a list with users; 403 from outside an IP list: the rules are in force. */
    private DiagnoseHostTool.Finding accessRules(AccessList l, FrontDoorProbe.Answer answer) {
        String check = "front door: access list enforced";
        String repair = "NPM shows list '" + l.name() + "' attached but nginx does not apply it (NPM drops a host's"
                + " access rules when it enables the host). Repair: update the host once, e.g. npm_manage_proxy_host"
                + " update host_id=" + host.id() + " access_list_id=" + l.id() + ".";
        if (!l.items().isEmpty() && !l.satisfyAny()) {
            return answer.status() == 401
                    ? DiagnoseHostTool.ok(check, "nginx asks for credentials (401) before anything else")
                    : DiagnoseHostTool.fail(check, "NOT enforced: answered " + answer.status()
                            + " to a request without credentials", repair);
        }
        if (!l.clients().isEmpty()) {
            if (answer.status() == 403) {
                return DiagnoseHostTool.ok(check, "nginx refuses this server's address (403), as the list says");
            }
            if (allowed(l.clients(), answer.from())) {
                return new DiagnoseHostTool.Finding(check, "unknown", "this server (" + answer.from().getHostAddress()
                        + ") is inside the list's allowed range, so a refusal cannot be seen from here",
                        Optional.of("Check from an address outside the list, or trust the update that last rendered"
                                + " the host."));
            }
            return DiagnoseHostTool.fail(check, "NOT enforced: " + answer.from().getHostAddress() + " is outside"
                    + " the list's rules, yet nginx answered " + answer.status(), repair);
        }
        return new DiagnoseHostTool.Finding(check, "unknown", "the list allows everyone without credentials"
                + " (satisfy any): nothing to refuse", Optional.empty());
    }

    private static boolean allowed(List<AccessListRule> rules, InetAddress from) {
        for (AccessListRule rule : rules) {
            if (matches(rule.address(), from)) {
                return rule.directive().equals("allow");
            }
        }
        return false;
    }

    private static boolean matches(String rule, InetAddress address) {
        if (rule.equals("all")) {
            return true;
        }
        String[] parts = rule.split("/", 2);
        try {
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            byte[] bytes = address.getAddress();
            if (network.length != bytes.length) {
                return false;
            }
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            for (int i = 0; i < network.length; i++) {
                int take = Math.max(0, Math.min(8, bits - i * 8));
                int mask = take == 0 ? 0 : (0xff << (8 - take)) & 0xff;
                if ((network[i] & mask) != (bytes[i] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    private DiagnoseHostTool.Finding upstream(FrontDoorProbe.Answer answer) {
        String check = "front door: upstream through NPM";
        return switch (answer.status()) {
            case 502, 504 -> DiagnoseHostTool.fail(check, "nginx cannot reach " + host.forwardHost() + ":"
                    + host.forwardPort() + " (" + answer.status() + ")", "Start the service, or fix"
                    + " forward_host/forward_port: NPM's container must be able to reach it.");
            case 404 -> DiagnoseHostTool.fail(check, "nginx does not serve " + domain + " (404 from its default"
                    + " site)", "Update the host once so NPM renders it, and check nginx's verdict above.");
            case 401, 403 -> new DiagnoseHostTool.Finding(check, "unknown", "the access list stopped the request"
                    + " before the upstream (" + answer.status() + ")", Optional.empty());
            default -> DiagnoseHostTool.ok(check, "answered " + answer.status());
        };
    }
}
