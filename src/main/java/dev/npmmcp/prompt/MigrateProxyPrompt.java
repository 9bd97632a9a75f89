package dev.npmmcp.prompt;

import static dev.npmmcp.prompt.ToolCalls.placeholder;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Optional;

/** {@code migrate_proxy}: recreate proxy hosts of one NPM instance on another, with what they depend on. */
final class MigrateProxyPrompt extends Prompt<MigrateProxyPrompt.Arguments> {

    static final String NAME = "migrate_proxy";

    record Arguments(
            @JsonPropertyDescription("The instance to copy from (only read)") String sourceInstance,
            @JsonPropertyDescription("The instance to create the hosts on") String targetInstance,
            @JsonPropertyDescription("Only hosts with a domain matching this, '*' as wildcard, e.g. *.example.net;"
                            + " left out: all proxy hosts")
                    Optional<String> domainPattern) {

        Arguments {
            ArgumentChecks.instanceName(sourceInstance, "source_instance");
            ArgumentChecks.instanceName(targetInstance, "target_instance");
            if (sourceInstance.equalsIgnoreCase(targetInstance)) {
                throw new IllegalArgumentException("source_instance and target_instance are both '" + sourceInstance
                        + "'; a migration needs two instances");
            }
            domainPattern = domainPattern.map(ArgumentChecks::domainPattern);
        }
    }

    private static final PromptTools TOOLS = new PromptTools(
            List.of("npm_list_proxy_hosts", "npm_get_proxy_host", "npm_manage_proxy_host"),
            List.of("npm_list_instances", "npm_bulk_operations", "npm_list_certificates",
                    "npm_validate_certificate", "npm_manage_certificate", "npm_list_access_lists",
                    "npm_manage_access_list"));

    MigrateProxyPrompt() {
        super(new PromptSpec<>(
                NAME,
                "Migrate proxy hosts between instances",
                "Copy proxy hosts from one NPM instance to another: inventories both, maps certificates and access"
                        + " lists, shows a dry-run plan for your approval, creates the hosts on the target (by export"
                        + " and import where bulk operations are available, else one by one) and verifies them. The"
                        + " source is only read.",
                Arguments.class,
                TOOLS));
    }

    @Override
    public List<PromptMessage> render(Arguments args, ToolAvailability tools) {
        String source = ToolCalls.json(args.sourceInstance());
        String target = ToolCalls.json(args.targetInstance());
        ToolCalls onSource = ToolCalls.on(Optional.of(args.sourceInstance()));
        ToolCalls onTarget = ToolCalls.on(Optional.of(args.targetInstance()));
        String which = args.domainPattern()
                .map(pattern -> "the proxy hosts whose domains match " + ToolCalls.json(pattern))
                .orElse("all proxy hosts");
        PromptText text = new PromptText("Migrate proxy hosts from " + source + " to " + target);
        text.paragraph("Goal: recreate " + which + " of NPM instance " + source + " on instance " + target + ", with"
                + " their certificates and access lists, without breaking what runs now. The source is only read;"
                + " nothing on it changes unless the user asks for it at the end.");
        text.heading("Ground rules");
        text.bullets(ServerNotes.groundRules("Every call names its instance: instance_name " + source + " to read"
                + " the source, " + target + " to write the target. Never write to " + source + " unless the user"
                + " asks for it once the hosts run on " + target + "."));
        text.bullets(ServerNotes.about(TOOLS, tools, Optional.of("Build the inventory and the plan (the dry run)"
                + " below, hand it to the user and stop before the first change.")));
        text.heading("Steps");
        text.step("Check both instances: " + ToolCalls.on(Optional.empty()).call("npm_list_instances",
                        "include_test_results", true) + ".", List.of(
                "Both must be listed, reachable and authenticated; otherwise stop and report which one fails.",
                "Note each npm_version. A target older than the source may refuse settings the source uses"
                        + " (trust_forwarded_proto needs NPM 2.14 or newer): plan to leave those out."));
        boolean byImport = tools.ready("npm_bulk_operations");
        text.step("Inventory the source: " + onSource.call("npm_list_proxy_hosts", "domain_filter",
                        args.domainPattern(), "compact", false, "limit", 500) + ", and the next pages while has_more"
                        + " is true.", byImport
                ? List.of("Disabled hosts: ask whether to migrate them.")
                : List.of(
                        "For each host: " + onSource.call("npm_get_proxy_host", "host_id",
                                placeholder("source host id")) + " for its locations, advanced_config, certificate"
                                + " and access list.",
                        "Also " + onSource.call("npm_list_access_lists") + " for the rules and user names of the"
                                + " lists those hosts use.",
                        "Disabled hosts: ask whether to migrate them (they are created, then disabled, on the"
                                + " target)."));
        text.step("Inventory the target: " + onTarget.call("npm_list_proxy_hosts", "compact", false, "limit", 500)
                + " (all pages), " + onTarget.call("npm_list_certificates") + " and "
                + onTarget.call("npm_list_access_lists") + ".");
        if (byImport) {
            byImport(text, args, onSource, onTarget);
        } else {
            hostByHost(text, tools, onSource, onTarget);
        }
        text.step("Report: a table of source host id and domains to target host id, with the certificate and access"
                + " list each got; hosts skipped and why; and what the user still has to do: point DNS (or the port"
                + " forwarding) at " + target + ", request the certificates held back until then, set the passwords"
                + " of access-list users, review the advanced configs you flagged.");
        return List.of(PromptMessage.user(text.text()));
    }

    /** With npm_bulk_operations: export, import as a dry run, settle what it cannot resolve, apply, verify. */
    private static void byImport(PromptText text, Arguments args, ToolCalls onSource, ToolCalls onTarget) {
        int exportStep = text.nextStep();
        text.step("Export the source: " + onSource.call("npm_bulk_operations", "operation", "export_config",
                        "resource_types", List.of("access_list", "proxy_host"), "format", "json") + ".",
                args.domainPattern()
                        .map(pattern -> List.of("Certificates come as references only (never keys), access-list"
                                        + " users without passwords (NPM never returns them).",
                                "Keep in the document only the proxy hosts with a domain matching "
                                        + ToolCalls.json(pattern) + " and the access lists they use; change nothing"
                                        + " else in it."))
                        .orElse(List.of("Certificates come as references only (never keys), access-list users"
                                + " without passwords (NPM never returns them).")));
        int dryRunStep = text.nextStep();
        text.step("Dry run on the target: " + onTarget.call("npm_bulk_operations", "operation", "import_config",
                        "import_data", placeholder("the document from step " + exportStep), "strategy", "merge",
                        "dry_run", true) + ". Never strategy replace: it deletes from the target what the document"
                        + " lacks.", List.of(
                "The plan lists each item as create, update (with the field changes), unchanged, conflict or"
                        + " unresolved.",
                "Conflict (a domain another host holds on the target): ask whether to skip the host (remove it from"
                        + " the document) or change the target by hand first.",
                "Unresolved certificate: the host is held back until the target has a certificate for it. Reuse a"
                        + " target certificate that covers the domains, or request one: "
                        + onTarget.call("npm_validate_certificate", "provider", "letsencrypt", "domain_names",
                                placeholder("domains")) + ", and only when it passes "
                        + onTarget.call("npm_manage_certificate", "operation", "create", "provider", "letsencrypt",
                                "domain_names", placeholder("domains")) + ". Its HTTP challenge only succeeds once"
                        + " DNS points at the target: before the cutover use a DNS challenge (dns_challenge,"
                        + " dns_provider, dns_credentials from the user), or hold the host back until after the DNS"
                        + " switch. Do not download private keys from the source into this conversation unless the"
                        + " user explicitly asks; a custom certificate needs its PEM files from the user.",
                "Access-list users new to the target: ask the user for each password and fill items[].password in"
                        + " the document; never repeat the passwords back.",
                "A forward_host that is a container name or localhost may only resolve where the source runs: flag"
                        + " it and ask for the address the target can reach.",
                "Repeat the dry run until the plan holds no conflict or unresolved item the user has not accepted."));
        text.step("Show the user the plan (the last dry run, item by item) and wait for their yes.");
        int applyStep = text.nextStep();
        text.step("Apply it: the call of step " + dryRunStep + " with the final document and "
                + onTarget.call("npm_bulk_operations", "operation", "import_config", "import_data",
                        placeholder("final document"), "strategy", "merge", "dry_run", false, "continue_on_error",
                        false) + ". Access lists are created before the hosts. On a failure, report NPM's error for"
                + " that item and ask before trying again.");
        text.step("Verify each created host: " + onTarget.call("npm_get_proxy_host", "domain_name",
                placeholder("its first domain")) + ": upstream, certificate and access list as planned, nginx_online"
                + " true (the results of step " + applyStep + " name the hosts).");
        leaveTheSource(text, onSource);
    }

    /** Without npm_bulk_operations: the plan worked out by hand, then the feature tools one host at a time. */
    private static void hostByHost(PromptText text, ToolAvailability tools, ToolCalls onSource, ToolCalls onTarget) {
        int planStep = text.nextStep();
        text.step("Work out the plan for each source host; this is the dry run, nothing is written yet:", List.of(
                "Domain conflict: a target host already serving one of its domains means skip, or update that host"
                        + " instead; ask. NPM refuses a domain that is in use.",
                "Certificate: reuse a target certificate whose domain_names cover the host's domains and whose"
                        + " status is valid or expiring_soon. Otherwise a Let's Encrypt certificate is requested on"
                        + " the target; its HTTP challenge only succeeds once DNS points at the target, so before the"
                        + " cutover use a DNS challenge (dns_challenge, dns_provider, dns_credentials from the user)"
                        + " or create the host without a certificate now and request one after the DNS switch. A"
                        + " custom certificate needs its PEM files from the user; do not download private keys from"
                        + " the source into this conversation unless the user explicitly asks.",
                "Access list: reuse a target list with the same name and the same rules, or create it on the target"
                        + " with the same IP rules (clients), satisfy_any and pass_auth. NPM never returns basic-auth"
                        + " passwords, so users cannot be copied: ask the user for each password, or leave the users"
                        + " for them to set in NPM's web UI.",
                "Upstream: a forward_host that is a container name, localhost or a private name may only resolve"
                        + " where the source runs; flag it and ask for the address the target can reach.",
                "Settings carried over: domain_names, forward_scheme, forward_host, forward_port, force_ssl,"
                        + " http2_support, hsts_enabled, hsts_subdomains, block_exploits, caching_enabled,"
                        + " websocket_support, locations and advanced_config. Read each advanced_config: paths or"
                        + " files of the source machine in it will not exist on the target."));
        text.step("Show the user the plan as a table (source host id and domains; create, update or skip;"
                + " certificate: reuse id, new Let's Encrypt with which challenge, custom from the user, or none;"
                + " access list: reuse id, create, or none; open issues) and wait for their yes.");
        if (tools.readOnly()) {
            text.step("Stop here: this server is read-only. The plan is the result: hand it to the user and report.");
        } else {
            change(text, onSource, onTarget, planStep);
        }
    }

    /** The writes, once the user agreed: dependencies, hosts one by one, read-backs, and the source only on request. */
    private static void change(PromptText text, ToolCalls onSource, ToolCalls onTarget, int planStep) {
        text.step("Create what the hosts depend on, on the target, in this order:", List.of(
                "Access lists: " + onTarget.call("npm_manage_access_list", "operation", "create",
                        "name", placeholder("name"), "satisfy_any", placeholder("as on the source"),
                        "pass_auth", placeholder("as on the source"),
                        "clients", placeholder("IP rules as on the source"),
                        "items", placeholder("users with the passwords the user gave, or []"))
                        + "; note each new id.",
                "Certificates to request now: " + onTarget.call("npm_validate_certificate", "provider",
                        "letsencrypt", "domain_names", placeholder("domains")) + ", and only when it passes "
                        + onTarget.call("npm_manage_certificate", "operation", "create", "provider", "letsencrypt",
                                "domain_names", placeholder("domains"))
                        + "; note each new id. A failed request is not retried unchanged (Let's Encrypt's rate"
                        + " limit)."));
        int createStep = text.nextStep();
        text.step("Create the hosts one at a time: " + onTarget.call("npm_manage_proxy_host",
                        "operation", "create", "domain_names", placeholder("domains"),
                        "forward_host", placeholder("host"), "forward_port", placeholder("port"),
                        "ssl_certificate_id", placeholder("target certificate id"),
                        "access_list_id", placeholder("target access list id"))
                + " plus the settings carried over from the source host.", List.of(
                "Each result shows the host read back: nginx_online must be true. On an error or nginx_online false,"
                        + " stop and ask the user before the next host.",
                "A host that is disabled on the source and should stay so: "
                        + onTarget.call("npm_manage_proxy_host", "operation", "disable",
                                "host_id", placeholder("target host id")) + "."));
        text.step("Verify each created host: " + onTarget.call("npm_get_proxy_host", "host_id",
                placeholder("target host id from step " + createStep)) + ": domains, upstream, certificate and access"
                + " list as planned in step " + planStep + ", nginx_online true.");
        leaveTheSource(text, onSource);
    }

    private static void leaveTheSource(PromptText text, ToolCalls onSource) {
        text.step("Leave the source as it is. Only if the user asks, after DNS points at the target and they have"
                + " checked the sites: " + onSource.call("npm_manage_proxy_host", "operation", "disable", "host_id",
                        placeholder("source host id")) + " (reversible). Delete a source host only when the user asks"
                + " for exactly that, one at a time, with confirm true after they agreed.");
    }
}
