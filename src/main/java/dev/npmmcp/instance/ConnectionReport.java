package dev.npmmcp.instance;

import java.util.List;
import java.util.Optional;

/** What a connection test found, step by step, so a failure says which step failed and what to do. */
public record ConnectionReport(
        String instance,
        String baseUrl,
        boolean reachable,
        String tls,
        boolean authenticated,
        Optional<String> npmVersion,
        Optional<Boolean> setupDone,
        Optional<Long> latencyMs,
        List<String> problems,
        Optional<String> hint) {

    public ConnectionReport {
        problems = List.copyOf(problems);
    }

    /** One sentence for a tool's message. */
    public String summary() {
        if (ok()) {
            return "Instance '" + instance + "' at " + baseUrl + " is reachable and accepted the login"
                    + npmVersion.map(v -> " (NPM " + v + ")").orElse("")
                    + latencyMs.map(ms -> ", " + ms + " ms").orElse("") + ".";
        }
        return "Instance '" + instance + "' at " + baseUrl + " failed the connection test: "
                + String.join("; ", problems);
    }

    /** Reachable and logged in: the instance can be used. */
    public boolean ok() {
        return reachable && authenticated;
    }
}
