package dev.npmmcp.fleet;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.bulk.config.DomainGlob;
import dev.npmmcp.certificate.Certificate;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import dev.npmmcp.tool.Unadvertised;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * {@code npm_fleet_query}: one question asked of every configured instance at once ("which certificates expire this
 * month, on any of my NPMs"), each instance within its own time budget, so one dead or slow instance is reported as
 * such and never holds up the others' answers.
 */
public final class FleetQueryTool extends Tool<FleetQueryTool.Input, FleetQueryTool.Result> {

    enum Query {
        @JsonProperty("overview") OVERVIEW,
        @JsonProperty("find_domain") FIND_DOMAIN,
        @JsonProperty("expiring_certificates") EXPIRING_CERTIFICATES,
        @JsonProperty("offline_hosts") OFFLINE_HOSTS
    }

    record Input(
            @JsonPropertyDescription(
                    "find_domain: who serves domain (* allowed); offline_hosts: configs nginx rejected")
                    Query query,
            Optional<String> domain,
            @Default("30") int days,
            Optional<String> tag,
            Optional<List<String>> instanceNames,
            @Unadvertised @Default("10") int timeoutSeconds) {

        Input {
            if (days < 0 || days > 3650) {
                throw new IllegalArgumentException("days must be 0-3650, was " + days);
            }
            if (timeoutSeconds < 1 || timeoutSeconds > 120) {
                throw new IllegalArgumentException("timeout_seconds must be 1-120, was " + timeoutSeconds);
            }
            if (query == Query.FIND_DOMAIN && domain.filter(d -> !d.isBlank()).isEmpty()) {
                throw new IllegalArgumentException("find_domain needs domain");
            }
        }
    }

    /** How one instance answered, with its overview figures when the query asked for them. */
    record InstanceStatus(
            String instance,
            String status,
            Optional<String> error,
            Optional<String> version,
            Optional<Integer> proxyHosts,
            Optional<Integer> redirectionHosts,
            Optional<Integer> deadHosts,
            Optional<Integer> streams,
            Optional<Integer> certificates,
            Optional<Integer> accessLists,
            Optional<Integer> hostsOffline,
            Optional<Integer> certificatesExpiring,
            long millis) {}

    /** A host, stream or certificate that answers the question. */
    record Finding(
            String instance,
            String kind,
            int id,
            List<String> domainNames,
            boolean enabled,
            Optional<String> nginxErr,
            Optional<String> expiresOn,
            Optional<Long> daysLeft) {}

    record Result(String query, int answered, int asked, List<InstanceStatus> instances, List<Finding> findings) {}

    private final Clock clock;

    public FleetQueryTool() {
        this(Clock.systemUTC());
    }

    FleetQueryTool(Clock clock) {
        super(new ToolSpec<>(
                "npm_fleet_query",
                "Asks every instance, or those tagged tag, at once; one that is down is reported, not "
                        + "waited for.",
                Category.INSTANCE,
                ToolHints.reading(),
                Input.class,
                Result.class));
        this.clock = clock;
    }

    @Override
    public Result call(ToolContext context, Input input) {
        List<String> names = input.instanceNames().filter(list -> !list.isEmpty())
                .orElseGet(() -> context.instanceNames(input.tag()));
        if (names.isEmpty()) {
            throw new ToolFailure("No instance " + input.tag().map(t -> "has the tag '" + t + "'").orElse("is configured")
                    + ".", "Call npm_list_instances to see the instances and their tags.");
        }
        boolean certificates = input.query() == Query.OVERVIEW || input.query() == Query.EXPIRING_CERTIFICATES;
        AtomicInteger answered = new AtomicInteger();
        List<FleetFanOut.Answer<Survey>> answers = new FleetFanOut(Duration.ofSeconds(input.timeoutSeconds()))
                .ask(names, name -> {
                    Survey survey = Survey.of(context.target(Optional.of(name)).client(), certificates,
                            input.query() == Query.OVERVIEW);
                    context.progress().report(answered.incrementAndGet(), names.size(), name + " answered");
                    return survey;
                });
        Instant now = clock.instant();
        List<InstanceStatus> statuses = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (FleetFanOut.Answer<Survey> answer : answers) {
            statuses.add(status(answer, input, now));
            answer.value().ifPresent(survey -> findings.addAll(findings(answer.instance(), survey, input, now)));
        }
        int answering = (int) answers.stream().filter(a -> a.value().isPresent()).count();
        return new Result(input.query().name().toLowerCase(Locale.ROOT), answering, names.size(),
                statuses, findings);
    }

    private static InstanceStatus status(FleetFanOut.Answer<Survey> answer, Input input, Instant now) {
        if (answer.value().isEmpty()) {
            return new InstanceStatus(answer.instance(), answer.status(), answer.error(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), answer.millis());
        }
        Survey survey = answer.value().get();
        boolean overview = input.query() == Query.OVERVIEW;
        return new InstanceStatus(answer.instance(), "ok", Optional.empty(), Optional.of(survey.version()),
                count(overview, survey, Survey.Kind.PROXY_HOST), count(overview, survey, Survey.Kind.REDIRECTION_HOST),
                count(overview, survey, Survey.Kind.DEAD_HOST), count(overview, survey, Survey.Kind.STREAM),
                overview ? Optional.of(survey.certificates().size()) : Optional.empty(),
                overview ? Optional.of(survey.accessLists()) : Optional.empty(),
                overview ? Optional.of((int) survey.hosts().stream().filter(h -> h.meta().failed()).count())
                        : Optional.empty(),
                overview ? Optional.of((int) survey.certificates().stream()
                        .filter(c -> expiring(c, now, input.days())).count()) : Optional.empty(),
                answer.millis());
    }

    private static Optional<Integer> count(boolean overview, Survey survey, Survey.Kind kind) {
        return overview ? Optional.of((int) survey.count(kind)) : Optional.empty();
    }

    private static List<Finding> findings(String instance, Survey survey, Input input, Instant now) {
        return switch (input.query()) {
            case OVERVIEW -> List.of();
            case FIND_DOMAIN -> {
                Pattern wanted = DomainGlob.compile(input.domain().orElseThrow());
                yield survey.hosts().stream()
                        .filter(h -> h.domains().stream().anyMatch(d -> wanted.matcher(d).matches()))
                        .map(h -> host(instance, h))
                        .toList();
            }
            case OFFLINE_HOSTS -> survey.hosts().stream().filter(h -> h.meta().failed()).map(h -> host(instance, h))
                    .toList();
            case EXPIRING_CERTIFICATES -> survey.certificates().stream()
                    .filter(c -> expiring(c, now, input.days()))
                    .sorted(Comparator.comparing(c -> c.expiresAt().orElse(Instant.MAX)))
                    .map(c -> new Finding(instance, "certificate", c.id(), c.domainNames(), true, Optional.empty(),
                            Optional.of(c.expiresOn()), c.expiresAt().map(at -> Duration.between(now, at).toDays())))
                    .toList();
        };
    }

    private static Finding host(String instance, Survey.Host host) {
        return new Finding(instance, host.kind().id(), host.id(), host.domains(), host.enabled(),
                host.meta().nginxErr().filter(e -> !e.isBlank()), Optional.empty(), Optional.empty());
    }

    private static boolean expiring(Certificate certificate, Instant now, int days) {
        return certificate.expiresAt().map(at -> at.isBefore(now.plus(Duration.ofDays(days)))).orElse(false);
    }

    @Override
    public Optional<String> render(Result result) {
        StringBuilder text = new StringBuilder(result.query() + ": " + result.answered() + " of " + result.asked()
                + " instance(s) answered");
        for (InstanceStatus status : result.instances()) {
            text.append("\n- ").append(status.instance()).append(": ").append(status.status());
            status.version().ifPresent(v -> text.append(", NPM ").append(v));
            status.proxyHosts().ifPresent(n -> text.append(", ").append(n).append(" proxy hosts"));
            status.hostsOffline().filter(n -> n > 0).ifPresent(n -> text.append(", ").append(n).append(" offline"));
            status.certificatesExpiring().filter(n -> n > 0)
                    .ifPresent(n -> text.append(", ").append(n).append(" certificate(s) expiring"));
            status.error().ifPresent(e -> text.append(" (").append(e).append(')'));
        }
        for (Finding finding : result.findings()) {
            text.append("\n").append(finding.instance()).append(' ').append(finding.kind()).append(" #")
                    .append(finding.id()).append(' ').append(String.join(", ", finding.domainNames()));
            finding.daysLeft().ifPresent(d -> text.append(" (").append(d).append(" days left)"));
            finding.nginxErr().ifPresent(e -> text.append(" [nginx: ").append(e).append(']'));
        }
        return Optional.of(text.toString());
    }
}
