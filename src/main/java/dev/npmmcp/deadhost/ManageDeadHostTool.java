package dev.npmmcp.deadhost;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.npm.CertificateChoice;
import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.CertificateReferences;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.EnableDisable;
import dev.npmmcp.tool.FieldChanges;
import dev.npmmcp.tool.HostNotes;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import dev.npmmcp.tool.WriteOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code npm_manage_dead_host}: creates, changes, deletes, enables or disables a 404 host, stepping around two NPM
 * bugs: disabling a host that is already disabled or missing crashes NPM's backend, and an update renders nginx from
 * the host as it was before the update.
 */
public final class ManageDeadHostTool implements Tool<ManageDeadHostTool.Input, ManageDeadHostTool.Result> {

    record Input(
            @JsonPropertyDescription("create: a new 404 host; update: change the fields given (others stay);"
                            + " delete: remove it (needs confirm); enable/disable: switch it on or off")
                    WriteOperation operation,
            @JsonPropertyDescription("The 404 host's id (from npm_list_dead_hosts); required except for create")
                    Optional<Integer> hostId,
            @JsonPropertyDescription("The domains that should answer 404, e.g. [\"old.example.com\"]; required for"
                            + " create; on update, replaces the list. Each domain may be used by one host only")
                    Optional<List<String>> domainNames,
            @JsonPropertyDescription("An SSL certificate id (npm_list_certificates) for HTTPS on these domains; 0"
                            + " removes it")
                    Optional<Integer> certificateId,
            @JsonPropertyDescription("Redirect HTTP to HTTPS first (needs a certificate)") Optional<Boolean> sslForced,
            @JsonPropertyDescription("Enable HTTP/2 (needs a certificate)") Optional<Boolean> http2Support,
            @JsonPropertyDescription("Send HSTS headers (needs a certificate)") Optional<Boolean> hstsEnabled,
            @JsonPropertyDescription("HSTS for subdomains too") Optional<Boolean> hstsSubdomains,
            @JsonPropertyDescription("Custom nginx directives for this host; \"\" removes them. A mistake here takes"
                            + " the host offline (reported as nginx_online false)")
                    Optional<String> advancedConfig,
            @JsonPropertyDescription("Set true, after the user agreed, to delete") @Default("false") boolean confirm,
            @JsonPropertyDescription("The NPM instance to change; default: the selected, else the default instance")
                    Optional<String> instanceName) {

        Input {
            hostId.ifPresent(id -> {
                if (id < 1) {
                    throw new IllegalArgumentException("host_id must be 1 or more (an id from npm_list_dead_hosts)");
                }
            });
            certificateId.ifPresent(id -> {
                if (id < 0) {
                    throw new IllegalArgumentException("certificate_id must be a certificate's id, or 0 for none");
                }
            });
            domainNames.ifPresent(names -> {
                if (names.isEmpty() || names.stream().anyMatch(String::isBlank)) {
                    throw new IllegalArgumentException("domain_names needs at least one domain and no blank ones");
                }
            });
        }
    }

    record Result(
            @JsonPropertyDescription("The NPM instance that was changed") String instance,
            @JsonPropertyDescription("The operation performed") String operation,
            @JsonPropertyDescription("The 404 host's id") int hostId,
            @JsonPropertyDescription("false when nothing needed doing: the host was already in that state or had"
                            + " those values")
                    boolean changed,
            @JsonPropertyDescription("What happened, in one sentence") String message,
            @JsonPropertyDescription("The 404 host as NPM reports it after the change (before it, for delete)")
                    DeadHostView deadHost,
            @JsonPropertyDescription("Things to tell the user: nginx errors, certificate mismatches, side effects")
                    List<String> notes) {}

    private static final ToolSpec<ManageDeadHostTool.Input, ManageDeadHostTool.Result> SPEC = new ToolSpec<>(
            "npm_manage_dead_host",
            "Creates, updates, deletes, enables or disables a 404 host (NPM's \"dead host\": domains NPM"
                    + " answers with 404 Not Found, e.g. a retired site). create needs domain_names; update sends only"
                    + " the fields that differ; delete needs confirm=true after the user agreed. Steps around NPM's"
                    + " bugs: it reads the host before disabling and never sends a disable to a host that is missing or"
                    + " already disabled (that crashes NPM 2.15's backend), and after an update of an enabled host it"
                    + " disables and re-enables it, because NPM renders the update from the old settings. Checks that"
                    + " certificate_id exists and notes when it does not cover the domains. enable/disable of a host"
                    + " already in that state changes nothing. Reads the host back and reports"
                    + " nginx_online/nginx_err. For redirects use npm_manage_redirection.",
            Category.REDIRECTION,
            ToolHints.writing(true, false),
            Input.class,
            Result.class);

    @Override
    public ToolSpec<ManageDeadHostTool.Input, ManageDeadHostTool.Result> spec() {
        return SPEC;
    }

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        DeadHostApi api = new DeadHostApi(target.client());
        String where = " on instance '" + target.name() + "'";
        return switch (input.operation()) {
            case CREATE -> {
                context.requireWritable("create a 404 host" + where);
                yield create(target, api, input);
            }
            case UPDATE -> {
                int id = requireId(input, "update");
                context.requireWritable("update 404 host #" + id + where);
                yield update(target, api, id, input);
            }
            case DELETE -> {
                int id = requireId(input, "delete");
                context.requireConfirmation("delete 404 host #" + id + where, input.confirm());
                DeadHost host = api.get(id, Set.of());
                api.delete(id);
                yield new Result(target.name(), "delete", id, true, "Deleted 404 host #" + id + " ("
                        + String.join(", ", host.domainNames()) + ")" + where + ".", DeadHostView.of(host),
                        List.of());
            }
            case ENABLE, DISABLE -> {
                boolean enable = input.operation() == WriteOperation.ENABLE;
                String verb = EnableDisable.verb(enable);
                int id = requireId(input, verb);
                // Read first: NPM's disable crashes its backend on a missing or already disabled 404 host.
                yield new EnableDisable<>("404 host #" + id, where, () -> api.get(id, Set.of()), DeadHost::enabled)
                        .apply(context, enable, host -> api.enable(id), host -> api.disable(id),
                                (host, message) -> unchanged(target, verb, host, message),
                                message -> written(target, api, verb, id, message, List.of()));
            }
        };
    }

    private Result create(InstanceTarget target, DeadHostApi api, Input input) {
        List<String> domains = HostNotes.normalized(input.domainNames().orElseThrow(() -> new ToolFailure(
                "create needs domain_names.", "Pass domain_names (the domains that should answer 404).")));
        DeadHostCreate.Builder create = DeadHostCreate.builder(domains);
        List<String> notes = new ArrayList<>();
        Optional<Integer> certificate = input.certificateId().filter(id -> id > 0);
        if (certificate.isPresent()) {
            CertificateReferences.check(target, certificate.get(), domains).ifPresent(notes::add);
            create.certificateId(CertificateChoice.existing(certificate.get()));
        } else if (input.sslForced().orElse(false) || input.http2Support().orElse(false)
                || input.hstsEnabled().orElse(false)) {
            notes.add("ssl_forced, http2_support and hsts_enabled do nothing without a certificate_id.");
        }
        input.sslForced().ifPresent(create::sslForced);
        input.http2Support().ifPresent(create::http2Support);
        input.hstsEnabled().ifPresent(create::hstsEnabled);
        input.hstsSubdomains().ifPresent(create::hstsSubdomains);
        input.advancedConfig().ifPresent(create::advancedConfig);
        DeadHost created = api.create(create.build());
        return written(target, api, "create", created.id(), "Created 404 host #" + created.id() + " for "
                + String.join(", ", domains) + " on instance '" + target.name() + "'.", notes);
    }

    private Result update(InstanceTarget target, DeadHostApi api, int id, Input input) {
        DeadHost current = api.get(id, Set.of());
        DeadHostUpdate.Builder update = DeadHostUpdate.builder();
        FieldChanges changes = new FieldChanges();
        List<String> notes = new ArrayList<>();
        Optional<List<String>> domains = input.domainNames().map(HostNotes::normalized);
        if (domains.isPresent()
                && !Set.copyOf(domains.get()).equals(Set.copyOf(HostNotes.normalized(current.domainNames())))) {
            update.domainNames(domains.get());
            changes.add("domain_names");
        }
        changes.compare(input.sslForced(), current.sslForced(), "ssl_forced", update::sslForced);
        changes.compare(input.http2Support(), current.http2Support(), "http2_support", update::http2Support);
        changes.compare(input.hstsEnabled(), current.hstsEnabled(), "hsts_enabled", update::hstsEnabled);
        changes.compare(input.hstsSubdomains(), current.hstsSubdomains(), "hsts_subdomains", update::hstsSubdomains);
        changes.compare(input.advancedConfig(), current.advancedConfig(), "advanced_config", update::advancedConfig);
        Optional<Integer> certificate = input.certificateId().filter(c -> c != current.certificateId());
        if (certificate.isPresent()) {
            if (certificate.get() > 0) {
                CertificateReferences.check(target, certificate.get(), domains.orElse(current.domainNames()))
                        .ifPresent(notes::add);
            }
            update.certificateId(CertificateChoice.ofId(certificate.get()));
            changes.add("certificate_id");
        }
        if (changes.isEmpty()) {
            return unchanged(target, "update", current, "404 host #" + id + " already has these values on instance '"
                    + target.name() + "'; nothing was changed.");
        }
        api.update(id, update.build());
        if (current.enabled()) {
            rerender(target, api, id);
            notes.add("NPM renders a 404 host's update from its old settings, so the host was disabled and enabled"
                    + " again to make nginx use the new ones.");
        } else {
            notes.add("The host is disabled; nginx picks up the new settings when it is enabled.");
        }
        return written(target, api, "update", id, "Updated 404 host #" + id + " (" + String.join(", ", changes.names())
                + ") on instance '" + target.name() + "'.", notes);
    }

    /** Disable is safe here: the host was read enabled just before the update. Enable renders from the new row. */
    private static void rerender(InstanceTarget target, DeadHostApi api, int id) {
        api.disable(id);
        try {
            api.enable(id);
        } catch (NpmApiException e) {
            throw new ToolFailure("404 host #" + id + " on instance '" + target.name() + "' was updated, then"
                            + " disabled to make nginx render the new settings, but enabling it again failed: "
                            + e.getMessage(),
                    "Call npm_manage_dead_host with operation=enable and host_id=" + id + " to bring it back.");
        }
    }

    /** Reads the host back: NPM reports a refused nginx config only there, never as a failed request. */
    private static Result written(
            InstanceTarget target, DeadHostApi api, String operation, int id, String message, List<String> notes) {
        DeadHostView after = DeadHostView.of(api.get(id, Set.of()));
        return new Result(target.name(), operation, id, true, message, after, HostNotes.afterWrite(
                after.nginxOnline(), HostNotes.hostRefused(after.domainNames(), after.nginxErr(),
                        "npm_manage_dead_host"), notes));
    }

    private static Result unchanged(InstanceTarget target, String operation, DeadHost host, String message) {
        return new Result(target.name(), operation, host.id(), false, message, DeadHostView.of(host), List.of());
    }

    private static int requireId(Input input, String operation) {
        return input.hostId().orElseThrow(() -> new ToolFailure(operation + " needs host_id.",
                "Call npm_list_dead_hosts to find the 404 host's id, then call npm_manage_dead_host again with"
                        + " host_id."));
    }

    @Override
    public Optional<String> render(Result result) {
        return Optional.of(HostNotes.render(result.message(), result.deadHost().line(), result.notes()));
    }
}
