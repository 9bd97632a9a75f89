package dev.npmmcp.prompt;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code npm_security_audit}: a read-only review of one NPM instance, reported as findings with fixes. */
final class SecurityAuditPrompt extends Prompt<SecurityAuditPrompt.Arguments> {

    static final String NAME = "npm_security_audit";

    record Arguments(
            @JsonPropertyDescription("The NPM instance to audit; default: the selected, else the default instance")
                    Optional<String> instanceName) {

        Arguments {
            instanceName = instanceName.map(name -> ArgumentChecks.instanceName(name, "instance_name"));
        }
    }

    /** Every area is worth auditing on its own, so each of these tools is enough to list the prompt. */
    private static final PromptTools TOOLS = new PromptTools(
            List.of("npm_list_proxy_hosts", "npm_list_certificates", "npm_list_access_lists", "npm_list_users",
                    "npm_list_streams", "npm_list_redirections", "npm_list_dead_hosts", "npm_get_system_settings",
                    "npm_get_audit_logs"),
            List.of("npm_get_instance", "npm_get_proxy_host", "npm_manage_proxy_host", "npm_manage_access_list",
                    "npm_manage_certificate"));

    SecurityAuditPrompt() {
        super(new PromptSpec<>(
                NAME,
                "Security audit of an NPM instance",
                "Review an NPM instance without changing it: the connection, users, proxy hosts without HTTPS or"
                        + " protection, expiring certificates, access lists that let everyone in, exposed streams, the"
                        + " default site and recent audit events, reported as findings by severity with the fix for"
                        + " each.",
                Arguments.class,
                TOOLS));
    }

    @Override
    public List<PromptMessage> render(Arguments args, ToolAvailability tools) {
        ToolCalls calls = ToolCalls.on(args.instanceName());
        PromptText text = new PromptText(args.instanceName()
                .map(name -> "Security audit of NPM instance " + ToolCalls.json(name))
                .orElse("Security audit of the current NPM instance"));
        text.paragraph("Goal: find what exposes the services behind this Nginx Proxy Manager (NPM), and report it"
                + " with a fix for each finding. This is an audit: change nothing, even where a fix is obvious; the"
                + " user decides afterwards what to apply.");
        text.heading("Ground rules");
        List<String> rules = new ArrayList<>();
        rules.add(args.instanceName()
                .map(name -> "Every call below passes instance_name " + ToolCalls.json(name) + ".")
                .orElse("No instance was named: the calls go to the selected instance, else the default one; name"
                        + " it at the top of the report."));
        rules.add("Only read. The write tools named below appear only in suggested fixes, for the user to approve"
                + " later.");
        rules.add("A tool that fails for lack of permission (NPM answers 404 or 403 to a non-admin login) or is"
                + " missing here means that area is not checked: say so in the report, never guess.");
        rules.add("Never put a password, token, private key or DNS credential into the report.");
        text.bullets(rules);
        text.bullets(ServerNotes.about(TOOLS, tools, Optional.of("That does not hinder the audit; in the report, say"
                + " that fixes need a server without --read-only or NPM's web UI.")));
        text.heading("Checks");
        text.step("Connection: " + calls.call("npm_get_instance") + ".", List.of(
                "use_https false towards an NPM that is not on this machine: the login travels unencrypted.",
                "verify_ssl false: the TLS certificate is not checked, so a man in the middle goes unnoticed.",
                "Note the NPM version if connection shows it: before 2.13.6 NPM has no two-factor login."));
        text.step("Users: " + calls.call("npm_list_users") + ".", List.of(
                "admin@example.com still present: the default admin of NPM 2.12 and older (password changeme);"
                        + " critical unless its password was changed, which only the user can confirm.",
                "More admins (is_admin) than the user expects; disabled users that could simply be deleted.",
                "Non-admin users with manage rights and visibility all: they can change every host."));
        text.step("Proxy hosts: " + calls.call("npm_list_proxy_hosts", "compact", false, "limit", 500)
                + ", every page while has_more is true.", List.of(
                "No certificate (certificate_id 0): served over plain HTTP. High if the domain or upstream looks"
                        + " like a login or admin page.",
                "A certificate but ssl_forced false: visitors can still use HTTP. hsts_enabled false: note as low.",
                "block_exploits false: note as low.",
                "No access list (access_list_id 0) in front of an admin interface: NPM's own port 81, a hypervisor,"
                        + " router, NAS, Portainer, databases' web consoles. Ask if unsure what the upstream is.",
                "certificate_id or access_list_id set but no name shown: it points at a deleted object, so the host"
                        + " is not protected as configured.",
                "has_advanced_config: read it with " + calls.call("npm_get_proxy_host", "host_id",
                        ToolCalls.placeholder("id")) + " and look for allow all, auth_basic off, or proxy_pass to"
                        + " somewhere else.",
                "nginx_online false: the host is down (nginx_err says why)."));
        text.step("Certificates: " + calls.call("npm_list_certificates") + ".", List.of(
                "status expired or no_files while used_by is not empty: visitors get errors. High.",
                "expiring_soon: Let's Encrypt ones should renew by themselves, so one close to expiry means renewal"
                        + " is failing; custom ones must be replaced by hand.",
                "Unused certificates (used_by empty): clean-up, low."));
        text.step("Access lists: " + calls.call("npm_list_access_lists") + ".", List.of(
                "satisfy_any true together with an allow rule for all, 0.0.0.0/0 or ::/0: everyone gets in without a"
                        + " password. Critical when users are set, since they were meant to protect it.",
                "Neither users nor IP rules: depending on the NPM version the hosts using it are shut to everyone"
                        + " or open to everyone; a mistake either way. Medium.",
                "Users but no IP rules with satisfy_any false: NPM versions that end every list with deny all answer"
                        + " 403 to everyone, logins included; satisfy_any true works on every version. Low.",
                "pass_auth true: the upstream receives the users' credentials; fine only if it needs them.",
                "Lists no host uses: clean-up, low."));
        text.step("Streams: " + calls.call("npm_list_streams") + ".", List.of(
                "incoming_port of a service that should not face the internet: 22 SSH, 23 Telnet, 3389 RDP, 5900"
                        + " VNC, 3306 MySQL, 5432 PostgreSQL, 6379 Redis, 27017 MongoDB, 9200 Elasticsearch, 2375 the"
                        + " Docker API. High; critical for 2375 and Redis.",
                "A stream forwards bytes as they are: without certificate_id, whatever the protocol sends in clear"
                        + " stays in clear."));
        text.step("Redirection and 404 hosts: " + calls.call("npm_list_redirections") + " and "
                + calls.call("npm_list_dead_hosts") + ".", List.of(
                "A redirection with forward_scheme http sends visitors from HTTPS down to HTTP.",
                "Hosts without certificate that receive HTTPS links: note as low."));
        text.step("Default site: " + calls.call("npm_get_system_settings") + ". The congratulations page (value"
                + " congratulations) tells scanners an NPM answers here; 404 or 444 reveal less. Low.");
        text.step("Recent activity: " + calls.call("npm_get_audit_logs", "limit", 50) + ". Look for users created"
                + " or given admin rights, access lists or certificates deleted, and hosts changed by users the owner"
                + " would not expect. NPM only keeps its newest 100 events.");
        text.heading("Report");
        text.paragraph("Start with one line: the instance, its NPM version, and how many hosts, certificates, access"
                + " lists, streams and users you checked. Then the findings from critical to low (critical, high,"
                + " medium, low), each with: the object (type, id, domain or name), what is wrong, why it matters, and"
                + " the fix as the exact tool call, e.g. " + calls.call("npm_manage_proxy_host", "operation",
                        "update", "host_id", ToolCalls.placeholder("id"), "force_ssl", true)
                + ", or an npm_manage_access_list or npm_manage_certificate call. End with the areas you could not"
                + " check and why. Apply nothing: ask the user which fixes they want.");
        return List.of(PromptMessage.user(text.text()));
    }
}
