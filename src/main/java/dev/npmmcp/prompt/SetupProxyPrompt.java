package dev.npmmcp.prompt;

import static dev.npmmcp.prompt.ToolCalls.placeholder;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code setup_proxy}: publish an upstream service under a domain, with HTTPS and an access list, safely. */
final class SetupProxyPrompt extends Prompt<SetupProxyPrompt.Arguments> {

    static final String NAME = "setup_proxy";

    enum Scheme {
        @JsonProperty("http")
        HTTP,
        @JsonProperty("https")
        HTTPS
    }

    enum Ssl {
        @JsonProperty("letsencrypt")
        LETSENCRYPT,
        @JsonProperty("existing")
        EXISTING,
        @JsonProperty("none")
        NONE
    }

    record Arguments(
            @JsonPropertyDescription("The domain to serve, e.g. app.example.net; several separated by commas")
                    List<String> domain,
            @JsonPropertyDescription("The upstream host or IP as NPM's container reaches it, e.g. 192.168.1.20 or a"
                            + " container name")
                    String forwardHost,
            @JsonPropertyDescription("The upstream port, 1-65535") Integer forwardPort,
            @JsonPropertyDescription("http (default) or https: how NPM talks to the upstream")
                    Optional<Scheme> forwardScheme,
            @JsonPropertyDescription("HTTPS for visitors: letsencrypt (request a certificate), existing (use one NPM"
                            + " has) or none; left out: reuse a covering certificate if there is one, else ask")
                    Optional<Ssl> ssl,
            @JsonPropertyDescription("Name or id of an existing access list to protect the host with")
                    Optional<String> accessList,
            @JsonPropertyDescription("The NPM instance; default: the selected, else the default instance")
                    Optional<String> instanceName) {

        Arguments {
            domain = domain.stream().map(ArgumentChecks::domain).distinct().toList();
            forwardHost = ArgumentChecks.upstreamHost(forwardHost);
            ArgumentChecks.port(forwardPort, "forward_port");
            accessList = accessList.map(name -> ArgumentChecks.label(name, "access_list"));
            instanceName = instanceName.map(name -> ArgumentChecks.instanceName(name, "instance_name"));
        }

        String scheme() {
            return forwardScheme.map(PromptArguments::enumName).orElse("http");
        }

        boolean wildcard() {
            return domain.stream().anyMatch(d -> d.startsWith("*."));
        }
    }

    private static final PromptTools TOOLS = new PromptTools(
            List.of("npm_manage_proxy_host", "npm_get_proxy_host"),
            List.of("npm_get_instance", "npm_list_redirections", "npm_list_dead_hosts", "npm_list_certificates",
                    "npm_validate_certificate", "npm_manage_certificate", "npm_list_access_lists"));

    SetupProxyPrompt() {
        super(new PromptSpec<>(
                NAME,
                "Set up a proxy host",
                "Publish a service under a domain through NPM: checks that the domain is free, finds or requests the"
                        + " certificate, attaches an existing access list, agrees the plan with you, creates the proxy"
                        + " host and verifies that nginx serves it.",
                Arguments.class,
                TOOLS));
    }

    @Override
    public List<PromptMessage> render(Arguments args, ToolAvailability tools) {
        ToolCalls calls = ToolCalls.on(args.instanceName());
        String upstream = args.scheme() + "://" + hostInUrl(args.forwardHost()) + ":" + args.forwardPort();
        boolean https = args.ssl().filter(ssl -> ssl == Ssl.NONE).isEmpty();
        PromptText text = new PromptText("Set up an NPM proxy host for " + String.join(", ", args.domain()));
        text.paragraph("Goal: visitors of " + (https ? "https://" : "http://") + args.domain().getFirst()
                + " reach the service at " + upstream + " through Nginx Proxy Manager (NPM). " + sslGoal(args)
                + args.accessList().map(list -> " Protect it with the access list " + ToolCalls.json(list) + ".")
                        .orElse(""));
        text.heading("Ground rules");
        text.bullets(ServerNotes.groundRules(args.instanceName()));
        text.bullets(ServerNotes.about(TOOLS, tools, Optional.of("Do the checks below, then give the user the"
                + " complete settings to enter in NPM's web UI (Hosts > Proxy Hosts > Add Proxy Host), or ask them to"
                + " restart npm-mcp without --read-only.")));
        List<String> warnings = warnings(args);
        if (!warnings.isEmpty()) {
            text.heading("Check with the user first");
            text.bullets(warnings);
        }
        text.heading("Steps");
        text.step("Confirm the instance: " + calls.call("npm_get_instance")
                + (args.instanceName().isPresent() ? "." : " shows the instance calls go to; name it to the user."));
        checkDomainsFree(text, calls, args);
        int certificateStep = text.nextStep();
        certificate(text, calls, args, tools);
        accessList(text, calls, args);
        int planStep = text.nextStep();
        text.step("Show the user the plan and wait for their yes: instance, domains, upstream " + upstream
                + ", the certificate (reused id, new Let's Encrypt, or none), the access list (or none: open to"
                + " everyone), and the options:", options(https));
        if (tools.readOnly()) {
            text.step("Stop here: this server is read-only. Hand the user the plan as the settings to enter in NPM's"
                    + " web UI, then report.");
        } else {
            change(text, calls, args, https, certificateStep);
        }
        text.step("Report: the host's id and domains, the upstream, the certificate (name and expiry) or that the"
                + " site is plain HTTP, the access list, the options set, and whether nginx serves it. Then what the"
                + " user still has to do: DNS records of " + String.join(", ", args.domain()) + " pointing at NPM's"
                + " public address, ports 80 and 443 forwarded to NPM, a test in the browser. Name every step you"
                + " skipped or that failed, and why (see step " + planStep + " for what was agreed).");
        return List.of(PromptMessage.user(text.text()));
    }

    /** The writes, once the user agreed: certificate first, then the host, then a read-back. */
    private static void change(PromptText text, ToolCalls calls, Arguments args, boolean https, int certificateStep) {
        if (https) {
            text.step("Only if the user chose a new Let's Encrypt certificate in step " + certificateStep
                    + ": request it before the host, so a failure leaves nothing half made: "
                    + calls.call("npm_manage_certificate", "operation", "create", "provider", "letsencrypt",
                            "domain_names", args.domain())
                    + (args.wildcard() ? " plus dns_challenge true, dns_provider and dns_credentials" : "")
                    + " (add letsencrypt_email if step " + certificateStep + " said NPM needs one). Note the new"
                    + " certificate's id. If it fails, NPM keeps no certificate: report the cause and do not retry"
                    + " unchanged, since every failed attempt counts against Let's Encrypt's rate limit.");
        }
        int createStep = text.nextStep();
        text.step("Create the host with what the user agreed to: " + calls.call("npm_manage_proxy_host",
                        createArguments(args, https))
                + ". Leave out what does not apply (no certificate: no ssl_certificate_id, force_ssl or http2_support;"
                + " no access list: no access_list_id).");
        text.step("Verify: the result shows the host read back. nginx_online must be true; if it is false, show the"
                + " user nginx_err and fix the cause with npm_manage_proxy_host operation update (host_id from the"
                + " result) rather than creating the host again. Check that certificate and access list are the ones"
                + " agreed: " + calls.call("npm_get_proxy_host", "host_id", placeholder("id from step " + createStep))
                + ".");
    }

    private static String sslGoal(Arguments args) {
        return args.ssl().map(ssl -> switch (ssl) {
                    case LETSENCRYPT -> "HTTPS with a Let's Encrypt certificate (reuse a valid one that covers the"
                            + " domains).";
                    case EXISTING -> "HTTPS with a certificate NPM already has.";
                    case NONE -> "Plain HTTP, no certificate.";
                })
                .orElse("HTTPS if a certificate covers the domains or the user wants one requested.");
    }

    private static String hostInUrl(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static List<String> warnings(Arguments args) {
        List<String> warnings = new ArrayList<>();
        if (ArgumentChecks.loopback(args.forwardHost())) {
            warnings.add("forward_host " + ToolCalls.json(args.forwardHost()) + " is resolved inside NPM's"
                    + " container, where it means NPM itself, not the machine NPM runs on. Ask for the upstream's LAN"
                    + " address or container name before going on.");
        }
        if (args.scheme().equals("http") && args.forwardPort() == 443) {
            warnings.add("Port 443 with forward_scheme http: the upstream most likely speaks HTTPS. Ask whether"
                    + " forward_scheme should be https.");
        }
        if (args.scheme().equals("https") && args.forwardPort() == 80) {
            warnings.add("Port 80 with forward_scheme https: the upstream most likely speaks plain HTTP. Ask whether"
                    + " forward_scheme should be http.");
        }
        if (args.wildcard() && args.ssl().filter(ssl -> ssl == Ssl.LETSENCRYPT).isPresent()) {
            warnings.add("A wildcard domain needs a Let's Encrypt DNS challenge: ask which DNS provider holds the"
                    + " zone and for its API credentials (dns_provider, dns_credentials); never repeat the"
                    + " credentials back.");
        }
        return warnings;
    }

    private static void checkDomainsFree(PromptText text, ToolCalls calls, Arguments args) {
        List<String> details = new ArrayList<>();
        for (String domain : args.domain()) {
            details.add(calls.call("npm_get_proxy_host", "domain_name", domain));
        }
        details.add("An error saying no host serves the domain is the answer you want. If a host already serves one"
                + " of them, stop: show it (id, upstream, certificate, access list) and ask whether to change that"
                + " host with npm_manage_proxy_host operation update instead; NPM refuses a domain that is in use.");
        String first = args.domain().getFirst().replaceFirst("^\\*\\.", "");
        details.add("A redirection or 404 host with the same domain blocks it too: "
                + calls.call("npm_list_redirections", "domain_filter", first) + " and "
                + calls.call("npm_list_dead_hosts", "domain_filter", first) + ".");
        text.step("Check that no host serves the domains yet:", details);
    }

    private static void certificate(PromptText text, ToolCalls calls, Arguments args, ToolAvailability tools) {
        if (args.ssl().filter(ssl -> ssl == Ssl.NONE).isPresent()) {
            text.step("No certificate: the host serves plain HTTP. Tell the user that anything sent to it, logins"
                    + " included, crosses the network unencrypted.");
            return;
        }
        List<String> details = new ArrayList<>();
        details.add("Usable: its domain_names cover every domain (exactly, or by a wildcard one level up) and its"
                + " status is valid or expiring_soon, never expired or no_files. With several, take the one with the"
                + " most days_left and note its id.");
        details.add(args.ssl().map(ssl -> switch (ssl) {
                    case EXISTING -> "If none is usable, stop and ask the user: request a Let's Encrypt certificate,"
                            + " or go without HTTPS.";
                    case LETSENCRYPT -> "If one is usable, propose to reuse it: that saves a certbot run and Let's"
                            + " Encrypt's rate limit.";
                    case NONE -> throw new IllegalStateException("plain HTTP needs no certificate");
                })
                .orElse("If one is usable, propose to reuse it. If none is, ask the user: request a Let's Encrypt"
                        + " certificate, or go without HTTPS."));
        details.add("Before a Let's Encrypt certificate is requested, check the request: "
                + calls.call("npm_validate_certificate", "provider", "letsencrypt", "domain_names", args.domain())
                + ". It tests the names and NPM's reachability on port 80 (or the DNS provider, for a DNS challenge)"
                + " and says whether this NPM version needs letsencrypt_email; then ask the user for it. Fix what it"
                + " reports before going on.");
        if (!tools.ready("npm_manage_certificate")) {
            details.add("npm_manage_certificate is not available here: a new certificate is requested by the user in"
                    + " NPM's web UI (SSL Certificates > Add SSL Certificate); continue with its id.");
        }
        text.step("Find the certificate: " + calls.call("npm_list_certificates", "domain", args.domain().getFirst())
                + ".", details);
    }

    private static void accessList(PromptText text, ToolCalls calls, Arguments args) {
        if (args.accessList().isEmpty()) {
            text.step("No access list was asked for: anyone who reaches the domain reaches the service. If it is an"
                    + " admin interface (NPM itself, a hypervisor, a router, a NAS, Portainer), suggest protecting it"
                    + " and offer to list the existing ones with " + calls.call("npm_list_access_lists") + ".");
            return;
        }
        String list = args.accessList().get();
        text.step("Find the access list: " + calls.call("npm_list_access_lists") + ", the one named "
                + ToolCalls.json(list) + (list.matches("[0-9]+") ? " or with id " + list : "")
                + " (names compare without case).", List.of(
                "If it is missing, stop and offer to create it first (the access_list_setup prompt): NPM accepts an"
                        + " access_list_id that does not exist and the host would then not be protected as meant.",
                "Tell the user in one line what it lets in: its users, its IP rules and satisfy_any. Warn if it has"
                        + " neither users nor IP rules: depending on the NPM version such a list shuts everyone out or"
                        + " lets everyone in."));
    }

    private static List<String> options(boolean https) {
        List<String> options = new ArrayList<>();
        options.add("block_exploits true (recommended).");
        options.add("websocket_support: ask whether the service needs WebSockets (dashboards, consoles, chat, Home"
                + " Assistant, code editors).");
        if (https) {
            options.add("force_ssl and http2_support true once there is a certificate.");
            options.add("hsts_enabled only if the user asks: browsers remember HSTS for months, so a later"
                    + " certificate problem locks visitors out.");
        }
        return options;
    }

    private static Object[] createArguments(Arguments args, boolean https) {
        List<Object> pairs = new ArrayList<>(List.of(
                "operation", "create",
                "domain_names", args.domain(),
                "forward_scheme", args.scheme(),
                "forward_host", args.forwardHost(),
                "forward_port", args.forwardPort()));
        if (https) {
            pairs.addAll(List.of(
                    "ssl_certificate_id", placeholder("certificate id"),
                    "force_ssl", true,
                    "http2_support", true));
        }
        pairs.addAll(List.of("block_exploits", true));
        if (args.accessList().isPresent()) {
            pairs.addAll(List.of("access_list_id", placeholder("access list id")));
        }
        return pairs.toArray();
    }
}
