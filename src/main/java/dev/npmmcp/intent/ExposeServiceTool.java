package dev.npmmcp.intent;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.accesslist.AccessListRule;
import dev.npmmcp.accesslist.AccessListUser;
import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.tool.InputChecks;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import dev.npmmcp.tool.Unadvertised;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code npm_expose_service}: from "expose grafana.example.com on 10.0.0.5:3000 with a certificate, office network
 * only" to a working, protected proxy host, in one call. It plans first (the default): what it reuses, creates or
 * changes, and what conflicts; applied, it acts in order, reads everything back and checks it, and on any failure
 * undoes what it did. A second identical call plans nothing.
 */
public final class ExposeServiceTool extends Tool<ExposeServiceTool.Input, ExposeServiceTool.Result> {

    public ExposeServiceTool() {
        super(new ToolSpec<>(
                "npm_expose_service",
                "Publishes a service in one call: proxy host, certificate (reuses a valid one, else Let's "
                        + "Encrypt) and access limited to allow_from IPs and/or basic-auth users. Verifies it, and "
                        + "undoes its steps on failure.",
                Category.PROXY_HOST,
                ToolHints.writing(false, true),
                Input.class,
                Result.class));
    }

    record Input(
            List<String> domainNames,
            String forwardHost,
            int forwardPort,
            @Default("http") String forwardScheme,
            @Default("letsencrypt") @JsonPropertyDescription("letsencrypt, a certificate id, or none")
                    String certificate,
            Optional<String> letsencryptEmail,
            Optional<List<String>> allowFrom,
            Optional<List<AccessListUser>> users,
            @Default("false") boolean websocketSupport,
            @Default("true") boolean blockExploits,
            Optional<Boolean> forceSsl,
            Optional<String> instanceName,
            @Default("true") boolean dryRun,
            @Unadvertised @Default("80") int frontDoorHttpPort,
            @Unadvertised @Default("443") int frontDoorHttpsPort) {

        Input {
            InputChecks.domains(Optional.of(domainNames == null ? List.of() : domainNames));
            domainNames = domainNames.stream().map(d -> d.strip().toLowerCase(Locale.ROOT)).toList();
            InputChecks.port("forward_port", forwardPort);
            if (!forwardScheme.equals("http") && !forwardScheme.equals("https")) {
                throw new IllegalArgumentException("forward_scheme must be http or https, was " + forwardScheme);
            }
            if (!certificate.equals("letsencrypt") && !certificate.equals("none")
                    && !certificate.matches("[1-9][0-9]{0,8}")) {
                throw new IllegalArgumentException(
                        "certificate must be letsencrypt, none or a certificate id, was " + certificate);
            }
            users.ifPresent(list -> list.forEach(user -> {
                if (user.username().isBlank() || user.password().isBlank()) {
                    throw new IllegalArgumentException("every user needs a username and a password");
                }
            }));
        }

        /** The access rules asked for: the addresses allowed (then all others denied), and the users. */
        List<AccessListRule> clients() {
            return allowFrom.orElse(List.of()).stream().map(a -> new AccessListRule(a.strip(), "allow")).toList();
        }

        boolean restricted() {
            return !clients().isEmpty() || !users.orElse(List.of()).isEmpty();
        }

        boolean ssl() {
            return !certificate.equals("none");
        }
    }

    /** One check of the applied result, read back from NPM. */
    record Check(String check, boolean ok, String detail) {}

    record Result(
            String instance,
            boolean applied,
            ExposePlan plan,
            Optional<Integer> hostId,
            Optional<Integer> certificateId,
            Optional<Integer> accessListId,
            List<Check> checks,
            Optional<String> url) {}

    @Override
    public Result call(ToolContext context, Input input) {
        InstanceTarget target = context.target(input.instanceName());
        ExposeState state = ExposeState.read(target.client(), input);
        ExposePlan plan = state.plan();
        if (!plan.conflicts().isEmpty()) {
            throw new ToolFailure("Cannot expose " + String.join(", ", input.domainNames()) + " on instance '"
                    + target.name() + "': " + String.join("; ", plan.conflicts()) + ".",
                    "Nothing was changed. Free the names first (npm_manage_proxy_host, npm_manage_redirection,"
                            + " npm_manage_dead_host), or choose other names.");
        }
        if (input.dryRun() || plan.unchanged()) {
            return new Result(target.name(), false, plan, state.hostId(), state.certificateId(),
                    state.accessListId(), List.of(), Optional.of(url(input)));
        }
        context.requireWritable("expose " + String.join(", ", input.domainNames()));
        ExposeApply apply = new ExposeApply(target.client(), input, state, context.progress());
        try {
            ExposeApply.Applied applied = apply.run();
            return new Result(target.name(), true, plan, Optional.of(applied.hostId()), applied.certificateId(),
                    applied.accessListId(), applied.checks(), Optional.of(url(input)));
        } catch (NpmApiException | ToolFailure failure) {
            List<String> undone = apply.rollBack();
            String why = failure.getMessage();
            throw new ToolFailure("Exposing " + String.join(", ", input.domainNames()) + " on instance '"
                    + target.name() + "' failed: " + why + " Undone: "
                    + (undone.isEmpty() ? "nothing had been changed" : String.join("; ", undone)) + ".",
                    (failure instanceof NpmApiException npm ? npm.hint() : ((ToolFailure) failure).hint())
                            + " NPM holds what it held before this call.");
        }
    }

    private static String url(Input input) {
        return (input.ssl() ? "https://" : "http://") + input.domainNames().getFirst();
    }

    @Override
    public Optional<String> render(Result result) {
        StringBuilder text = new StringBuilder();
        ExposePlan plan = result.plan();
        if (plan.unchanged()) {
            text.append("Already exposed as asked on '").append(result.instance()).append("': nothing to do.");
        } else {
            text.append(result.applied() ? "Applied on '" : "Plan for '").append(result.instance()).append("'")
                    .append(result.applied() ? ":" : " (nothing sent; call again with dry_run=false to apply):");
        }
        for (ExposePlan.Step step : plan.steps()) {
            text.append("\n- ").append(step.action()).append(' ').append(step.kind())
                    .append(step.id().map(id -> " #" + id).orElse("")).append(": ").append(step.detail());
        }
        for (Check check : result.checks()) {
            text.append("\n").append(check.ok() ? "ok: " : "NOT OK: ").append(check.check()).append(" - ")
                    .append(check.detail());
        }
        plan.notes().forEach(note -> text.append("\nNote: ").append(note));
        result.url().ifPresent(url -> text.append("\n").append(url));
        return Optional.of(text.toString());
    }
}
