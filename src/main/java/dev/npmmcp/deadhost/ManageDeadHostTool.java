package dev.npmmcp.deadhost;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.FieldChanges;
import dev.npmmcp.tool.HostNotes;
import dev.npmmcp.tool.HostWrites;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.SslRequest;
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

    private static final HostWrites.Names NAMES =
            new HostWrites.Names("404 host", "host_id", "npm_list_dead_hosts", "npm_manage_dead_host");

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
        HostWrites<DeadHost, DeadHostView, Result> writes = new HostWrites<>(target, NAMES,
                new HostWrites.Calls<>(id -> api.get(id, Set.of()), api::delete, host -> api.enable(host.id()),
                        host -> api.disable(host.id())),
                DeadHostView::of, host -> String.join(", ", host.domainNames()),
                view -> HostNotes.hostRefused(view.domainNames(), view.nginxErr(), NAMES.manageTool()), Result::new);
        return writes.perform(context, input.operation(), input.hostId(), input.confirm(),
                () -> create(writes, api, input), id -> update(writes, api, id, input));
    }

    private static Result create(HostWrites<DeadHost, DeadHostView, Result> writes, DeadHostApi api, Input input) {
        List<String> domains = HostNotes.normalized(input.domainNames().orElseThrow(() -> new ToolFailure(
                "create needs domain_names.", "Pass domain_names (the domains that should answer 404).")));
        DeadHostCreate.Builder create = DeadHostCreate.builder(domains);
        List<String> notes = ssl(input).create(writes.target(), domains, create);
        input.advancedConfig().ifPresent(create::advancedConfig);
        DeadHost created = api.create(create.build());
        return writes.written("create", created.id(), "Created 404 host #" + created.id() + " for "
                + String.join(", ", domains) + writes.where() + ".", notes);
    }

    private static Result update(HostWrites<DeadHost, DeadHostView, Result> writes, DeadHostApi api, int id,
            Input input) {
        DeadHost current = api.get(id, Set.of());
        DeadHostUpdate.Builder update = DeadHostUpdate.builder();
        FieldChanges changes = new FieldChanges();
        List<String> notes = new ArrayList<>();
        List<String> domains = SslRequest.compareDomains(input.domainNames(), current.domainNames(),
                update::domainNames, changes);
        SslRequest ssl = ssl(input);
        ssl.compareFlags(current, update, changes);
        changes.compare(input.advancedConfig(), current.advancedConfig(), "advanced_config", update::advancedConfig);
        ssl.compareCertificate(writes.target(), current, domains, update, changes, notes);
        return writes.update(id, current, changes, () -> {
            api.update(id, update.build());
            if (current.enabled()) {
                rerender(writes.target(), api, id);
                notes.add("NPM renders a 404 host's update from its old settings, so the host was disabled and"
                        + " enabled again to make nginx use the new ones.");
            } else {
                notes.add("The host is disabled; nginx picks up the new settings when it is enabled.");
            }
        }, notes);
    }

    private static SslRequest ssl(Input input) {
        return new SslRequest(input.certificateId(), input.sslForced(), input.http2Support(), input.hstsEnabled(),
                input.hstsSubdomains());
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

    @Override
    public Optional<String> render(Result result) {
        return Optional.of(HostNotes.render(result.message(), result.deadHost().line(), result.notes()));
    }
}
