package dev.npmmcp.instance;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Optional;

/** What a connection test found, step by step, so a failure says which step failed and what to do. */
public record ConnectionReport(
        @JsonPropertyDescription("The instance tested (or the candidate name, for a configuration not registered)")
                String instance,
        @JsonPropertyDescription("The address tested, e.g. http://npm.lan:81") String baseUrl,
        @JsonPropertyDescription("True when NPM's API answered GET /api/") boolean reachable,
        @JsonPropertyDescription("Transport security: 'plain HTTP', 'verified', 'verified with ca_cert', 'NOT"
                        + " verified (verify_ssl=false)', or 'failed' with the problem below")
                String tls,
        @JsonPropertyDescription("True when NPM accepted the credentials") boolean authenticated,
        @JsonPropertyDescription("NPM's version as it reports it, e.g. 2.15.1 (a source build reports 2.0.0)")
                Optional<String> npmVersion,
        @JsonPropertyDescription("False when NPM has no admin user yet (a fresh 2.13+ install)")
                Optional<Boolean> setupDone,
        @JsonPropertyDescription("Time NPM took to answer GET /api/, in milliseconds") Optional<Long> latencyMs,
        @JsonPropertyDescription("What went wrong, empty when the test passed") List<String> problems,
        @JsonPropertyDescription("What to do about the problems") Optional<String> hint) {

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
