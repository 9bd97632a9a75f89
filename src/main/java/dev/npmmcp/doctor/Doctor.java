package dev.npmmcp.doctor;

import dev.npmmcp.instance.ConfiguredInstance;
import dev.npmmcp.instance.ConnectionReport;
import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.instance.InstanceSpec;
import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.npm.NpmCapabilities;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.user.User;
import dev.npmmcp.user.UserApi;
import dev.npmmcp.user.UserExpand;
import dev.npmmcp.user.UserPermissions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code npm-mcp doctor}: each configured instance checked in the order a request needs them (its secrets, the
 * name, the port, TLS, NPM's API, the login, the version, the user's permissions), each with a verdict and the next
 * step, so a user learns what is wrong before an LLM conversation does. A failed step skips those that need it.
 */
public final class Doctor {

    private final InstanceRegistry registry;
    private final Duration timeout;

    public Doctor(InstanceRegistry registry, Duration timeout) {
        this.registry = registry;
        this.timeout = timeout;
    }

    public DoctorReport.InstanceChecks check(ConfiguredInstance instance) {
        InstanceSpec spec = instance.spec();
        List<Check> checks = new ArrayList<>();
        NpmClient client;
        try {
            client = registry.resolve(Optional.of(instance.name())).client();
            checks.add(Check.ok("secrets", "every credential reference of '" + instance.name() + "' resolves"
                    + " (values not shown)"));
        } catch (ToolFailure e) {
            checks.add(Check.fail("secrets", e.getMessage(), e.hint()));
            return skipRest(instance, checks, "secrets");
        }
        Optional<Check> dns = dns(spec);
        if (dns.isPresent()) {
            checks.add(dns.get());
            return skipRest(instance, checks, "dns");
        }
        checks.add(Check.ok("dns", spec.host() + " resolves"));
        Optional<Check> tcp = tcp(spec);
        if (tcp.isPresent()) {
            checks.add(tcp.get());
            return skipRest(instance, checks, "tcp");
        }
        checks.add(Check.ok("tcp", "port " + spec.port() + " on " + spec.host() + " accepts connections"));
        ConnectionReport report = registry.test(instance.name());
        if (report.tls().equals("failed")) {
            checks.add(Check.fail("tls", String.join("; ", report.problems()), report.hint().orElse("")));
            return skipRest(instance, checks, "tls");
        }
        checks.add(spec.useHttps() && !spec.verifySsl()
                ? Check.warn("tls", report.tls(), "Configure ca_cert (the PEM of the CA that signed NPM's"
                        + " certificate) and set verify_ssl back to true: without verification anyone on the network"
                        + " path can read the credentials.")
                : Check.ok("tls", report.tls()));
        if (!report.reachable()) {
            checks.add(Check.fail("npm api", String.join("; ", report.problems()), report.hint().orElse("")));
            return skipRest(instance, checks, "npm api");
        }
        checks.add(Check.ok("npm api", report.baseUrl() + "/api/ answered in "
                + report.latencyMs().map(ms -> ms + " ms").orElse("?")));
        if (!report.authenticated()) {
            checks.add(Check.fail("login", String.join("; ", report.problems()), report.hint().orElse("")));
            return skipRest(instance, checks, "login");
        }
        checks.add(Check.ok("login", "NPM accepted the " + (spec.totpSecret().isPresent()
                ? "credentials and the two-factor code" : "credentials")));
        checks.add(version(client));
        checks.add(permissions(client));
        return new DoctorReport.InstanceChecks(instance.name(), checks);
    }

    private Optional<Check> dns(InstanceSpec spec) {
        try {
            InetAddress.getAllByName(spec.host());
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of(Check.fail("dns", spec.host() + " does not resolve",
                    "Check the host name of instance '" + spec.name() + "' (or use its IP address)."));
        }
    }

    private Optional<Check> tcp(InstanceSpec spec) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(spec.host(), spec.port()), (int) timeout.toMillis());
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Check.fail("tcp", "nothing answers on port " + spec.port() + " of " + spec.host()
                            + " (" + e.getClass().getSimpleName() + ")",
                    "Check that NPM runs and the port of instance '" + spec.name() + "': NPM's admin API is on port 81"
                            + " unless a proxy in front of it serves it elsewhere."));
        }
    }

    private static Check version(NpmClient client) {
        NpmCapabilities can = client.capabilities();
        List<String> meaning = new ArrayList<>();
        meaning.add(can.letsencryptEmailInMeta()
                ? "Let's Encrypt requests carry an email (the NPM user's when none is given)"
                : "Let's Encrypt uses the NPM user's email");
        if (!can.keyType()) {
            meaning.add("no ECDSA certificates (key_type needs 2.13.6)");
        }
        if (!can.streamCertificates()) {
            meaning.add("no TLS streams (2.12+)");
        }
        if (!can.twoFactor()) {
            meaning.add("no two-factor login (2.13.6+)");
        }
        if (!can.trustForwardedProto()) {
            meaning.add("no trust_forwarded_proto (2.14+)");
        }
        String probed = client.serverInfo().probed() ? " (a source build; features probed)" : "";
        return Check.ok("version", "NPM " + client.serverInfo().version() + probed + ": " + String.join("; ", meaning));
    }

    /** What the NPM user may do, and so which tools NPM will refuse. */
    private static Check permissions(NpmClient client) {
        User me;
        try {
            me = new UserApi(client).getMe(EnumSet.of(UserExpand.PERMISSIONS));
        } catch (NpmApiException e) {
            return Check.warn("permissions", "could not be read: " + e.getMessage(), e.hint());
        }
        if (me.isAdmin()) {
            return Check.ok("permissions", "the NPM user is an administrator: every tool can be used");
        }
        UserPermissions p = me.permissions().orElse(new UserPermissions("", "", "", "", "", "", ""));
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("proxy hosts", p.proxyHosts());
        areas.put("redirection hosts", p.redirectionHosts());
        areas.put("404 hosts", p.deadHosts());
        areas.put("streams", p.streams());
        areas.put("access lists", p.accessLists());
        areas.put("certificates", p.certificates());
        List<String> limits = new ArrayList<>();
        areas.forEach((area, level) -> {
            if (level.equals("hidden")) {
                limits.add(area + ": hidden (every tool on them is refused)");
            } else if (level.equals("view")) {
                limits.add(area + ": view only (changes are refused)");
            }
        });
        String found = "the NPM user is not an administrator; " + String.join("; ", limits)
                + (limits.isEmpty() ? "" : "; ") + "users and settings: administrators only";
        String next = "Use an administrator's login for this instance, or give this user 'manage' on the areas it"
                + " should change (NPM > Users > Permissions).";
        // tools the user will call would be refused: that is what doctor is for
        return limits.isEmpty() ? Check.warn("permissions", found, next) : Check.fail("permissions", found, next);
    }

    private static DoctorReport.InstanceChecks skipRest(ConfiguredInstance instance, List<Check> checks,
            String failed) {
        List<String> order = Arrays.asList("secrets", "dns", "tcp", "tls", "npm api", "login", "version",
                "permissions");
        order.subList(order.indexOf(failed) + 1, order.size())
                .forEach(name -> checks.add(Check.skipped(name, "needs " + failed)));
        return new DoctorReport.InstanceChecks(instance.name(), checks);
    }
}
