package dev.npmmcp.doctor;

import java.util.List;
import java.util.stream.Stream;

/** The configuration's checks, then each instance's in order; passed when none failed. */
public record DoctorReport(List<Check> configuration, List<InstanceChecks> instances) {

    /** One instance's checks, in the order they ran. */
    public record InstanceChecks(String instance, List<Check> checks) {
        public InstanceChecks {
            checks = List.copyOf(checks);
        }
    }

    public DoctorReport {
        configuration = List.copyOf(configuration);
        instances = List.copyOf(instances);
    }

    public boolean passed() {
        return Stream.concat(configuration.stream(), instances.stream().flatMap(i -> i.checks().stream()))
                .noneMatch(check -> check.verdict() == Check.Verdict.FAIL);
    }

    /** For people: one line a check, the next step under each that did not pass, a verdict at the end. */
    public String text() {
        StringBuilder text = new StringBuilder("Configuration\n");
        configuration.forEach(check -> line(text, check));
        for (InstanceChecks instance : instances) {
            text.append("\nInstance '").append(instance.instance()).append("'\n");
            instance.checks().forEach(check -> line(text, check));
        }
        long failed = Stream.concat(configuration.stream(), instances.stream().flatMap(i -> i.checks().stream()))
                .filter(check -> check.verdict() == Check.Verdict.FAIL).count();
        text.append('\n').append(failed == 0 ? "All checks passed." : failed + " check(s) failed: see above.");
        return text.toString();
    }

    private static void line(StringBuilder text, Check check) {
        text.append(String.format("  %-9s %s: %s%n", "[" + check.verdict().name().toLowerCase() + "]", check.name(),
                check.found()));
        check.next().ifPresent(next -> text.append("            next: ").append(next).append('\n'));
    }
}
