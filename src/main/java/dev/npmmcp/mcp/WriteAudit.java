package dev.npmmcp.mcp;

import dev.npmmcp.security.AuditLog;
import dev.npmmcp.security.AuditLog.Outcome;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.Tool;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Turns each call of a write tool (readOnlyHint false), whatever its outcome, into one audit entry; calls of read tools
 * leave no trace. The target names what was changed from an allow-list of identifying arguments, so a password or key
 * in the arguments cannot reach the log even before redaction.
 */
final class WriteAudit {

    static final String INSTANCE_ARGUMENT = "instance_name";

    /** Arguments that say what a change is and what it touches; everything else (values, secrets) stays out. */
    private static final List<String> IDENTIFYING = List.of(
            "operation", "action", "category", "name", "nice_name", "domain_name", "domain_names", "incoming_port",
            "resource_type", "resource_types", "email");
    private static final Set<String> ID_SUFFIXES = Set.of("_id", "_ids");
    private static final int MAX_TARGET = 300;
    private static final int MAX_MESSAGE = 1000;

    private final Consumer<AuditLog.Entry> log;
    private final Clock clock;

    WriteAudit(Consumer<AuditLog.Entry> log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    static WriteAudit to(AuditLog log) {
        return new WriteAudit(log::append, Clock.systemUTC());
    }

    /** A successful call: the instance the result names (it knows which one answered), else the one asked for. */
    void succeeded(Tool<?, ?> tool, Map<String, Object> arguments, Map<String, Object> structured) {
        Optional<String> instance = text(structured.get("instance")).or(() -> requested(arguments));
        String message = text(structured.get("message")).orElse("");
        record(tool, arguments, Outcome.OK, instance, message);
    }

    void failed(Tool<?, ?> tool, Map<String, Object> arguments, Outcome outcome, Optional<String> instance,
            String message) {
        record(tool, arguments, outcome, instance.or(() -> requested(arguments)), message);
    }

    private void record(Tool<?, ?> tool, Map<String, Object> arguments, Outcome outcome, Optional<String> instance,
            String message) {
        if (tool.hints().readOnly()) {
            return;
        }
        log.accept(new AuditLog.Entry(
                clock.instant(), instance, tool.name(), target(arguments), outcome, shorten(message, MAX_MESSAGE)));
    }

    /** {@code operation=delete host_id=7 domain_names=a.example.com,b.example.com}, in the arguments' own order. */
    static String target(Map<String, Object> arguments) {
        StringJoiner target = new StringJoiner(" ");
        arguments.forEach((name, value) -> {
            if (identifying(name)) {
                scalar(name, value).ifPresent(shown -> target.add(name + "=" + shown));
            }
        });
        return shorten(target.toString(), MAX_TARGET);
    }

    private static boolean identifying(String name) {
        return IDENTIFYING.contains(name) || name.equals("id") || ID_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static Optional<String> scalar(String name, Object value) {
        return switch (value) {
            case String text when name.equals("email") -> Optional.of(Redactor.maskEmail(text));
            case String text -> Optional.of(text);
            case Number number -> Optional.of(number.toString());
            case Boolean flag -> Optional.of(flag.toString());
            case Collection<?> values when values.stream().allMatch(v -> v instanceof String || v instanceof Number) ->
                Optional.of(values.stream().map(String::valueOf).collect(Collectors.joining(",")));
            case null, default -> Optional.empty();
        };
    }

    private static Optional<String> requested(Map<String, Object> arguments) {
        return text(arguments.get(INSTANCE_ARGUMENT));
    }

    private static Optional<String> text(Object value) {
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
