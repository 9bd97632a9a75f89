package dev.npmmcp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.bulk.BulkOperationsTool;
import dev.npmmcp.bulk.config.Batches;
import dev.npmmcp.proxyhost.ListProxyHostsTool;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.proxyhost.ProxyHostCreate;
import dev.npmmcp.simulator.Fault;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.Tool;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Figures for issue 11, printed on stderr (not a test: timings belong here, not in assertions). A 1,000-host bulk toggle
 * against the simulator with 20 ms injected before every request the toggle makes, timed against the ideal of
 * 1,000 × 20 ms / window; and the bytes per host of a compact list of 5,000 hosts.
 * Run: {@code bin/bench} (or java -cp target/classes:target/test-classes:<deps> dev.npmmcp.bench.BulkBenchmark).
 */
public final class BulkBenchmark {

    private static final Duration LATENCY = Duration.ofMillis(20);

    private BulkBenchmark() {}

    public static void main(String[] args) {
        try (ToolFixture npm = ToolFixture.start(NpmSimulator.builder()
                .admin(NpmSimulator.DEFAULT_ADMIN_EMAIL, NpmSimulator.DEFAULT_ADMIN_PASSWORD))) {
            create(npm, 1, 1_000);
            // the floor: what the simulator itself takes, no latency injected
            toggle(npm, "disable", Batches.MAX_IN_FLIGHT, List.of());
            toggle(npm, "enable", Batches.MAX_IN_FLIGHT, List.of());
            toggle(npm, "disable", Batches.MAX_IN_FLIGHT, List.of("disableProxyHost", "getProxyHosts"));
            toggle(npm, "enable", Batches.MAX_IN_FLIGHT, List.of("enableProxyHost", "getProxyHosts"));
            toggle(npm, "disable", 10, List.of("disableProxyHost", "getProxyHosts"));
            toggle(npm, "enable", 10, List.of("enableProxyHost", "getProxyHosts"));
            create(npm, 1_001, 5_000);
            listBytes(npm);
        }
    }

    private static void create(ToolFixture npm, int from, int to) {
        ProxyHostApi hosts = new ProxyHostApi(npm.client());
        for (int i = from; i <= to; i++) {
            hosts.create(ProxyHostCreate.builder(List.of("app" + i + ".example.net"), "http",
                    "10.0." + (i / 250) + "." + (i % 250 + 1), 8080).build());
        }
    }

    private static void toggle(ToolFixture npm, String action, int window, List<String> delayed) {
        delayed.forEach(op -> npm.sim().faults().inject(op, Fault.delay(LATENCY)));
        int before = npm.sim().requestCounts().values().stream().mapToInt(Integer::intValue).sum();
        long start = System.nanoTime();
        JsonNode result = npm.callJson(new BulkOperationsTool(), Map.of("operation", "toggle_hosts", "action", action,
                "domain_pattern", "*.example.net", "dry_run", false, "batch_size", window));
        long millis = (System.nanoTime() - start) / 1_000_000;
        npm.sim().faults().clear();
        int requests = npm.sim().requestCounts().values().stream().mapToInt(Integer::intValue).sum() - before;
        int hosts = result.path("counts").path("done").asInt();
        double ideal = hosts * LATENCY.toMillis() / (double) window;
        double perHost = requests / (double) Math.max(1, hosts);
        if (delayed.isEmpty()) {
            System.err.printf("toggle %s: %d hosts, window %d, %d ms with no latency injected (the simulator's own"
                    + " speed, the floor of the runs below); %.2f requests/host%n", action, hosts, window, millis,
                    perHost);
            return;
        }
        System.err.printf("toggle %s: %d hosts, window %d, %d ms; ideal %.0f ms (1 request/host) -> %.2fx;"
                + " %.2f requests/host, ideal %.0f ms for them -> %.2fx%n", action, hosts, window, millis, ideal,
                millis / ideal, perHost, ideal * perHost, millis / (ideal * perHost));
    }

    @SuppressWarnings({"rawtypes", "unchecked"}) // the list tool's records are its package's own
    private static void listBytes(ToolFixture npm) {
        ObjectMapper json = new ObjectMapper();
        long hostBytes = 0;
        long resultBytes = 0;
        long textBytes = 0;
        int hosts = 0;
        Tool tool = new ListProxyHostsTool();
        for (int page = 1; ; page++) {
            Record output = npm.call(tool, Map.of("limit", 500, "page", page));
            JsonNode tree = npm.json(output);
            for (JsonNode host : tree.path("hosts")) {
                hostBytes += bytes(json, host);
                hosts++;
            }
            resultBytes += bytes(json, tree);
            textBytes += ((String) tool.render(output).orElse("")).getBytes(StandardCharsets.UTF_8).length;
            if (!tree.path("has_more").asBoolean()) {
                break;
            }
        }
        System.err.printf("compact list: %d hosts; structured %.1f bytes/host (%.1f with page fields), text %.1f"
                + " bytes/host%n", hosts, hostBytes / (double) hosts, resultBytes / (double) hosts,
                textBytes / (double) hosts);
    }

    private static long bytes(ObjectMapper json, JsonNode node) {
        try {
            return json.writeValueAsBytes(node).length;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
