package dev.npmmcp.system;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import dev.npmmcp.npm.NpmTimes;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.Default;
import dev.npmmcp.tool.HostListing;
import dev.npmmcp.tool.InstanceTarget;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolContext;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code npm_get_audit_logs}: NPM's audit log, filtered here. NPM returns only the newest 100 events, has no offset,
 * and its {@code query} is a suffix match on the logged JSON, so dates, user and action are filtered locally and the
 * result says when the cap may hide older events.
 */
public final class GetAuditLogsTool extends Tool<GetAuditLogsTool.Input, GetAuditLogsTool.Result> {

    /** NPM's own cap on the audit log list. */
    static final int NPM_CAP = 100;

    public GetAuditLogsTool() {
        super(new ToolSpec<>(
                "npm_get_audit_logs",
                "Who changed what, newest first.",
                Category.SYSTEM,
                ToolHints.reading(),
                Input.class,
                Result.class));
    }

    public record Input(
            Optional<String> instanceName,
            Optional<String> startDate,
            Optional<String> endDate,
            Optional<Integer> userId,
            @JsonPropertyDescription("e.g. 'proxy-host created'") Optional<String> actionFilter,
            @Default("1") int page,
            @Default("50") int limit,
            @Default("false")
                    boolean includeMeta) {

        public Input {
            if (page < 1) {
                throw new IllegalArgumentException("page starts at 1, not " + page);
            }
            if (limit < 1 || limit > NPM_CAP) {
                throw new IllegalArgumentException("limit must be 1 to " + NPM_CAP + ", not " + limit);
            }
        }
    }

    public record Result(
            String instance,
            List<AuditEventView> events,
            int page,
            int limit,
            int matching,
            int fetched,
            boolean olderEventsHidden,
            Optional<String> note) {}

    @Override
    public Result call(ToolContext context, Input input) {
        Optional<Instant> start = input.startDate().map(text -> moment(text, "start_date", false));
        Optional<Instant> end = input.endDate().map(text -> moment(text, "end_date", true));
        if (start.isPresent() && end.isPresent() && start.get().isAfter(end.get())) {
            throw new ToolFailure(name() + ": start_date is after end_date.", "Swap them, or widen the range.");
        }
        List<String> words = input.actionFilter().stream()
                .flatMap(f -> Arrays.stream(f.toLowerCase(Locale.ROOT).split("[\\s,]+")))
                .filter(w -> !w.isEmpty())
                .toList();
        InstanceTarget target = context.target(input.instanceName());
        List<AuditLogEvent> fetched = new SystemApi(target.client())
                .auditLog(Optional.empty(), Set.of(AuditLogExpand.USER)).stream()
                .sorted(Comparator.comparingInt(AuditLogEvent::id).reversed())
                .toList();
        List<AuditLogEvent> matching = fetched.stream()
                .filter(e -> input.userId().map(id -> e.userId() == id).orElse(true))
                .filter(e -> words.stream().allMatch(w -> e.action().toLowerCase(Locale.ROOT).contains(w)
                        || e.objectType().toLowerCase(Locale.ROOT).contains(w)))
                .filter(e -> within(e, start, end))
                .toList();
        List<AuditEventView> page = matching.stream()
                .skip((long) (input.page() - 1) * input.limit())
                .limit(input.limit())
                .map(e -> AuditEventView.of(e, input.includeMeta()))
                .toList();
        boolean capped = fetched.size() >= NPM_CAP;
        Optional<Instant> oldest = fetched.isEmpty()
                ? Optional.empty()
                : NpmTimes.parse(fetched.getLast().createdOn());
        boolean hidden = capped && (start.isEmpty() || oldest.map(o -> o.isAfter(start.get())).orElse(true));
        Optional<String> note = hidden
                ? Optional.of("NPM returned only its newest " + NPM_CAP + " events"
                        + oldest.map(o -> " (back to " + o + ")").orElse("")
                        + "; older events that match may exist but cannot be read through NPM's API.")
                : Optional.empty();
        return new Result(target.name(), page, input.page(), input.limit(), matching.size(), fetched.size(), hidden,
                note);
    }

    private static boolean within(AuditLogEvent event, Optional<Instant> start, Optional<Instant> end) {
        if (start.isEmpty() && end.isEmpty()) {
            return true;
        }
        Optional<Instant> when = NpmTimes.parse(event.createdOn());
        return when.isPresent()
                && start.map(s -> !when.get().isBefore(s)).orElse(true)
                && end.map(e -> !when.get().isAfter(e)).orElse(true);
    }

    /** A date means its whole day (UTC): the start of it for start_date, the end of it for end_date. */
    private Instant moment(String text, String parameter, boolean endOfDay) {
        String trimmed = text.strip();
        try {
            LocalDate date = LocalDate.parse(trimmed);
            return endOfDay
                    ? date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1)
                    : date.atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
            return NpmTimes.parse(trimmed).orElseThrow(() -> new ToolFailure(name() + ": " + parameter + " '" + text
                            + "' is not a date.",
                    "Write it as 2026-01-31 or 2026-01-31T18:00:00Z."));
        }
    }

    @Override
    public Optional<String> render(Result output) {
        return Optional.of(HostListing.render(output.events().size() + " of " + output.matching()
                + " matching event(s) on instance '" + output.instance() + "', page " + output.page(),
                output.events().stream().map(AuditEventView::line).toList(), List.of())
                + output.note().map(n -> "\n" + n).orElse(""));
    }
}
