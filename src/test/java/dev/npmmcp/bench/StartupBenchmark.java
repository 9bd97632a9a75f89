package dev.npmmcp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Figures for issue 11, printed on stdout (not a test: timings belong here, not in assertions): the initialize reply
 * of fresh {@code bin/npm-mcp serve} processes (median of N; an instance is configured, and start-up reaches no NPM)
 * and their peak RSS, the bytes of tools/list (all,
 * and what the LLM reads) for the default and {@code --lazy}, the overhead of a tool call over the same direct HTTP
 * request to the simulator (p50/p99), and what happens to the start-up cache when the jar is rebuilt.
 * Run: {@code bin/bench} (args: starts, calls).
 */
public final class StartupBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{"
            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}";

    /** A configured instance that is never reached: start-up touches no NPM, as the figures were taken. */
    private static final Map<String, String> UNREACHED = Map.of("NPM_URL", "http://127.0.0.1:9/",
            "NPM_IDENTITY", "bench@example.invalid", "NPM_SECRET", "bench-password", "NPM_MCP_LOG_LEVEL", "WARN");

    private StartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        int starts = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path root = Path.of("").toAbsolutePath();
        // another launcher, such as an unpacked release archive's, whose cache came with it and is never rebuilt
        Optional<Path> other = Optional.ofNullable(System.getenv("NPM_MCP_BENCH_LAUNCHER")).map(Path::of);
        Path launcher = other.orElse(root.resolve("bin/npm-mcp"));
        Path home = Files.createTempDirectory("npm-mcp-bench");
        System.out.println("launcher: " + launcher);

        // warm the launcher's start-up cache for this jar, as a user's second start has it
        Session warm = Session.start(launcher, home, List.of("serve"), UNREACHED);
        warm.close();
        if (other.isEmpty()) {
            waitForCache(root.resolve("target"), 60);
        }

        List<Long> replies = new ArrayList<>();
        List<Long> rss = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        JsonNode tools = null;
        for (int i = 0; i < starts; i++) {
            Session s = Session.start(launcher, home, List.of("serve"), UNREACHED);
            replies.add(s.initializeMillis);
            tools = s.request("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}").path("result").path("tools");
            rss.add(s.peakRssKb());
            cpu.add(s.cpuMillis());
            s.close();
        }
        System.out.printf("initialize reply (serve, %d starts): median %d ms (min %d, max %d)%n",
                starts, median(replies), Collections.min(replies), Collections.max(replies));
        System.out.printf("peak RSS after initialize + tools/list: median %.1f MiB (min %.1f, max %.1f)%n",
                median(rss) / 1024.0, Collections.min(rss) / 1024.0, Collections.max(rss) / 1024.0);
        System.out.printf("CPU (user+sys) for initialize + tools/list: median %d ms%n", median(cpu));
        printToolBytes("default", tools);
        Session lazy = Session.start(launcher, home, List.of("serve", "--lazy"), UNREACHED);
        printToolBytes("--lazy", lazy.request("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}")
                .path("result").path("tools"));
        lazy.close();

        callOverhead(launcher, home, calls);
        if (other.isEmpty()) {
            rebuilds(root, launcher, home);
        }
    }

    private static void printToolBytes(String mode, JsonNode tools) throws IOException {
        long all = 0;
        long llm = 0;
        for (JsonNode tool : tools) {
            all += JSON.writeValueAsBytes(tool).length;
            ObjectNode read = JSON.createObjectNode();
            for (String field : List.of("name", "description", "inputSchema", "annotations")) {
                if (tool.has(field)) {
                    read.set(field, tool.get(field));
                }
            }
            llm += JSON.writeValueAsBytes(read).length;
        }
        System.out.printf("tools/list %s: %d tools, %,d bytes in all, %,d bytes the LLM reads%n", mode, tools.size(),
                all, llm);
    }

    /** The same GET through the server (a tool call) and directly: what the server adds per call. */
    private static void callOverhead(Path launcher, Path home, int calls) throws Exception {
        try (NpmSimulator sim = NpmSimulator.builder().seed(SimulatorSeed.DEMO).start()) {
            Session s = Session.start(launcher, home, List.of("serve"), Map.of("NPM_URL", sim.baseUri().toString(),
                    "NPM_IDENTITY", NpmSimulator.DEFAULT_ADMIN_EMAIL, "NPM_SECRET", NpmSimulator.DEFAULT_ADMIN_PASSWORD,
                    "NPM_INSTANCE_NAME", "bench", "NPM_MCP_LOG_LEVEL", "WARN"));
            // the same request as the server's own client sends: HTTP/1.1, not the default's h2c upgrade attempt
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String token = JSON.readTree(http.send(HttpRequest.newBuilder(sim.baseUri().resolve("/api/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"identity\":\"" + NpmSimulator.DEFAULT_ADMIN_EMAIL
                            + "\",\"secret\":\"" + NpmSimulator.DEFAULT_ADMIN_PASSWORD + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).path("token").asText();
            HttpRequest direct = HttpRequest.newBuilder(URI.create(sim.baseUri() + "/api/nginx/streams"))
                    .header("Authorization", "Bearer " + token).build();
            List<Long> overhead = new ArrayList<>();
            for (int i = 0; i < calls + 50; i++) {
                long t0 = System.nanoTime();
                s.request("{\"jsonrpc\":\"2.0\",\"id\":" + (100 + i) + ",\"method\":\"tools/call\",\"params\":{"
                        + "\"name\":\"npm_list_streams\",\"arguments\":{}}}");
                long viaServer = System.nanoTime() - t0;
                long t1 = System.nanoTime();
                http.send(direct, HttpResponse.BodyHandlers.ofString());
                long directly = System.nanoTime() - t1;
                if (i >= 50) {
                    overhead.add((viaServer - directly) / 1_000);
                }
            }
            Collections.sort(overhead);
            System.out.printf("tool call over the same direct GET (npm_list_streams, %d calls after 50 warm-up):"
                    + " p50 %.2f ms, p99 %.2f ms%n", calls, overhead.get(overhead.size() / 2) / 1000.0,
                    overhead.get((int) (overhead.size() * 0.99)) / 1000.0);
            s.close();
        }
    }

    /** A rebuilt jar (here: a new modification time, which is what the cache is keyed to), twice. */
    private static void rebuilds(Path root, Path launcher, Path home) throws Exception {
        Path jar = root.resolve("target/npm-mcp.jar");
        for (int round = 1; round <= 2; round++) {
            Files.setLastModifiedTime(jar, FileTime.from(Instant.now()));
            Thread.sleep(1100);
            Session first = Session.start(launcher, home, List.of("serve"), UNREACHED);
            long firstMs = first.initializeMillis;
            first.close();
            boolean made = waitForCache(root.resolve("target"), 90);
            Session second = Session.start(launcher, home, List.of("serve"), UNREACHED);
            System.out.printf("rebuild %d: first start %d ms without a cache; fresh cache %s; next start %d ms%n",
                    round, firstMs, made ? "made in the background" : "NOT made", second.initializeMillis);
            second.close();
        }
    }

    /** Whether a cache file for the current jar exists (bin/lib/cache.sh names it by JDK and the jar's key). */
    private static boolean waitForCache(Path target, int seconds) throws Exception {
        Path jar = target.resolve("npm-mcp.jar");
        String key = Files.size(jar) + "-" + Files.getLastModifiedTime(jar).toInstant().getEpochSecond();
        for (int i = 0; i < seconds * 10; i++) {
            try (var files = Files.list(target)) {
                if (files.anyMatch(f -> f.getFileName().toString().matches("npm-mcp-jdk\\d+-" + key + "\\.(aot|jsa)"))) {
                    return true;
                }
            }
            Thread.sleep(100);
        }
        return false;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /** One server process on stdio, raw JSON-RPC. */
    private static final class Session {
        private final Process process;
        private final OutputStream in;
        private final BufferedReader out;
        private long initializeMillis;

        private Session(Process process) {
            this.process = process;
            this.in = process.getOutputStream();
            this.out = process.inputReader(StandardCharsets.UTF_8);
        }

        static Session start(Path launcher, Path home, List<String> args, Map<String, String> env) throws Exception {
            List<String> command = new ArrayList<>(List.of(launcher.toString()));
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            // NPM_MCP_JAVA_OPTS and NPM_MCP_CACHE are kept, so JVM options and JDK 21's cache path can be measured:
            // NPM_MCP_JAVA_OPTS=... bin/bench, NPM_MCP_CACHE=cds bin/bench
            builder.environment().keySet().removeIf(name -> name.startsWith("NPM_")
                    && !name.equals("NPM_MCP_JAVA_OPTS") && !name.equals("NPM_MCP_CACHE"));
            builder.environment().put("HOME", home.toString());
            builder.environment().putAll(env);
            long t0 = System.nanoTime();
            Session session = new Session(builder.start());
            session.send(INITIALIZE);
            session.read();
            session.initializeMillis = (System.nanoTime() - t0) / 1_000_000;
            session.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            return session;
        }

        JsonNode request(String line) throws IOException {
            send(line);
            return read();
        }

        private void send(String line) throws IOException {
            in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            in.flush();
        }

        private JsonNode read() throws IOException {
            String line = out.readLine();
            if (line == null) {
                throw new IOException("the server ended");
            }
            return JSON.readTree(line);
        }

        long peakRssKb() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
            return -1;
        }

        long cpuMillis() {
            return process.info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
        }

        void close() throws Exception {
            in.close();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
