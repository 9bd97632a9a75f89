package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.simulator.Fault;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar on stdio against what real clients do wrong or do a lot of: malformed lines, bursts of concurrent calls,
 * cancellations, and closing stdin. Raw JSON-RPC, because the SDK's client never sends a malformed line.
 */
class StdioRobustnessIT {

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final BlockingQueue<JsonNode> answers = new LinkedBlockingQueue<>();
    private NpmSimulator sim;
    private Process server;
    private OutputStream stdin;

    @AfterEach
    void stop() {
        if (server != null) {
            server.destroyForcibly();
        }
        if (sim != null) {
            sim.close();
        }
    }

    private void start() throws Exception {
        start("");
    }

    private void start(String callBudget) throws Exception {
        sim = NpmSimulator.builder().seed(SimulatorSeed.DEMO).start();
        ProcessBuilder builder = new IsolatedServer(dir)
                .env("NPM_MCP_CALL_BUDGET", callBudget)
                .env("NPM_URL", sim.baseUri().toString())
                .env("NPM_IDENTITY", NpmSimulator.DEFAULT_ADMIN_EMAIL)
                .env("NPM_SECRET", NpmSimulator.DEFAULT_ADMIN_PASSWORD)
                .env("NPM_INSTANCE_NAME", ToolSamples.INSTANCE)
                .process(List.of("serve"));
        builder.redirectError(dir.resolve("stderr.log").toFile());
        server = builder.start();
        stdin = server.getOutputStream();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader lines = server.inputReader(StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    answers.add(json.readTree(line));
                }
            } catch (IOException e) {
                // the server is gone; the test notices the missing answers
            }
        });
        send("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
        assertThat(next().path("id").asInt()).isZero();
        send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    }

    private void send(String lines) throws IOException {
        stdin.write((lines + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    private JsonNode next() throws InterruptedException {
        JsonNode answer = answers.poll(60, TimeUnit.SECONDS);
        assertThat(answer).as("an answer within 60 s").isNotNull();
        return answer;
    }

    private static String listStreams(Object id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"npm_list_streams\","
                + "\"arguments\":{}}}";
    }

    @Test
    void shouldAnswerEachMalformedLineAndStillAnswerAPingAfterIt() throws Exception {
        start();
        List<String> malformed = List.of(
                "this is not json {",
                "[{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\"}]",
                "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"no/such/method\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":\"npm_list_streams\"}");
        List<Integer> codes = List.of(-32700, -32600, -32600, -32601, -32602);

        for (int i = 0; i < malformed.size(); i++) {
            send(malformed.get(i));
            JsonNode answer = next();
            assertThat(answer.path("error").path("code").asInt()).as(malformed.get(i)).isEqualTo(codes.get(i));
            send("{\"jsonrpc\":\"2.0\",\"id\":\"ping-" + i + "\",\"method\":\"ping\"}");
            assertThat(next().path("id").asText()).isEqualTo("ping-" + i);
        }
    }

    @Test
    void shouldTakeAStructuredArgumentSentAsItsJsonText() throws Exception {
        start();
        // how Claude Code has sent array parameters (anthropics/claude-code#22394), numbers as strings besides
        send("{\"jsonrpc\":\"2.0\",\"id\":\"text\",\"method\":\"tools/call\",\"params\":{\"name\":"
                + "\"npm_manage_proxy_host\",\"arguments\":{\"operation\":\"create\","
                + "\"domain_names\":\"[\\\"text.example.net\\\"]\",\"forward_host\":\"10.0.0.7\","
                + "\"forward_port\":\"3000\"}}}");

        JsonNode answer = next();
        assertThat(answer.path("result").path("isError").asBoolean()).as(answer.toString()).isFalse();
        assertThat(answer.path("result").path("structuredContent").path("host").path("domain_names"))
                .extracting(JsonNode::asText).containsExactly("text.example.net");
        assertThat(sim.requestCount("createProxyHost")).isEqualTo(1);
    }

    @Test
    void shouldEndWithinTwoSecondsOfTheEndOfInputAfterMalformedLines() throws Exception {
        start();
        send("[]");
        send("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}");
        next();
        next();

        stdin.close();

        // the bound the issue sets for a client that closes its end: nothing is in flight, so nothing holds the process
        assertThat(server.waitFor(2, TimeUnit.SECONDS)).as("the process ended within 2 s").isTrue();
        assertThat(server.exitValue()).isZero();
    }

    @Test
    void shouldAnswerFiveHundredConcurrentCallsWithTheirOwnIdsTenTimesOver() throws Exception {
        start();
        // a slow NPM makes many answers finish at the same moment, on different threads: that is when writes collide
        sim.faults().inject("getStreams", Fault.delay(Duration.ofMillis(50)));
        for (int round = 0; round < 10; round++) {
            StringBuilder burst = new StringBuilder();
            for (int i = 0; i < 500; i++) {
                burst.append(listStreams("\"r" + round + "-" + i + "\"")).append('\n');
            }
            stdin.write(burst.toString().getBytes(StandardCharsets.UTF_8));
            stdin.flush();

            Set<String> ids = new HashSet<>();
            for (int i = 0; i < 500; i++) {
                JsonNode answer = next();
                assertThat(answer.path("result").path("isError").asBoolean()).as(answer.toString()).isFalse();
                ids.add(answer.path("id").asText());
            }
            String prefix = "r" + round + "-";
            assertThat(ids).as("round " + round).hasSize(500).allMatch(id -> id.startsWith(prefix));
        }
    }

    @Test
    void shouldNeverAnswerACancelledCallAndNotAskNpmAgain() throws Exception {
        start();
        sim.faults().inject("getStreams", Fault.delay(Duration.ofSeconds(20)).times(1));

        send(listStreams("\"slow\""));
        while (sim.requestCount("getStreams") == 0) {
            Thread.sleep(20);
        }
        send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":\"slow\"}}");
        send("{\"jsonrpc\":\"2.0\",\"id\":\"after\",\"method\":\"ping\"}");

        assertThat(next().path("id").asText()).isEqualTo("after");
        stdin.close();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(answers).noneSatisfy(answer -> assertThat(answer.path("id").asText()).isEqualTo("slow"));
        assertThat(sim.requestCount("getStreams")).as("the cancelled request is not sent again").isEqualTo(1);
    }

    @Test
    void shouldReportAHungNpmWithinTheCallBudgetWithOneClearMessage() throws Exception {
        start("3");
        send(listStreams("\"warm\""));
        assertThat(next().path("result").path("isError").asBoolean()).isFalse();
        sim.faults().inject("getStreams", Fault.delay(Duration.ofSeconds(50)));

        long sent = System.nanoTime();
        send(listStreams("\"hung\""));
        JsonNode answer = next();
        Duration took = Duration.ofNanos(System.nanoTime() - sent);

        assertThat(answer.path("id").asText()).isEqualTo("hung");
        assertThat(answer.path("result").path("isError").asBoolean()).isTrue();
        assertThat(answer.path("result").path("content")).hasSize(1);
        assertThat(answer.path("result").path("content").get(0).path("text").asText())
                .contains("'" + ToolSamples.INSTANCE + "'", "getStreams", "3 s budget of this tool call", "NPM_MCP_CALL_BUDGET");
        // not a performance figure: without the budget the answer comes after 4 attempts of the 30 s timeout
        assertThat(took).as("answered within the budget, not after the timeouts of every retry")
                .isLessThan(Duration.ofSeconds(20));
        assertThat(sim.requestCount("getStreams")).as("no retry that could not finish in time").isEqualTo(2);
    }
}
