package dev.npmmcp.deadhost;

import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.tool.InputChecks;
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
import dev.npmmcp.tool.Unadvertised;
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
public final class ManageDeadHostTool extends Tool<ManageDeadHostTool.Input, ManageDeadHostTool.Result> {

    private static final HostWrites.Names NAMES =
            new HostWrites.Names("404 host", "host_id", "npm_list_dead_hosts", "npm_manage_dead_host");

    public ManageDeadHostTool() {
        super(new ToolSpec<>(
                "npm_manage_dead_host",
                "A 404 host: domain_names NPM answers with 404.",
                Category.REDIRECTION,
                ToolHints.writing(true, false),
                Input.class,
                Result.class));
    }

    record Input(
            WriteOperation operation,
            Optional<Integer> hostId,
            Optional<List<String>> domainNames,
            Optional<Integer> certificateId,
            Optional<Boolean> sslForced,
            Optional<Boolean> http2Support,
            Optional<Boolean> hstsEnabled,
            Optional<Boolean> hstsSubdomains,
            Optional<String> advancedConfig,
            @Unadvertised @Default("false") boolean confirm,
            Optional<String> instanceName) {

        Input {
            InputChecks.id("host_id", hostId);
            InputChecks.reference("certificate_id", certificateId);
            InputChecks.domains(domainNames);
        }
    }

    record Result(
            String instance,
            String operation,
            int hostId,
            boolean changed,
            String message,
            DeadHostView deadHost,
            List<String> notes) {}

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        DeadHostApi api = new DeadHostApi(target.client());
        HostWrites<DeadHost, DeadHostView, Result> writes = new HostWrites<>(target, NAMES,
                HostWrites.Calls.of(api, DeadHost::id),
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
