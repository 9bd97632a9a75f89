package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.security.AuditLog;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.ToolHints;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stdio session driven line by line, as a raw client (or a broken one) drives it, stdin kept open. */
class StdioSessionTest {

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

    @TempDir
    Path auditDir;

    private final ObjectMapper json = new ObjectMapper();
    private final BlockingQueue<JsonNode> answers = new LinkedBlockingQueue<>();
    private OutputStream stdin;
    private CompletableFuture<Integer> exit;

    @AfterEach
    void closeStdin() throws IOException {
        if (stdin != null) {
            stdin.close();
        }
    }

    private void start(Function<FixtureTool.Echo, FixtureTool.Echoed> behaviour) throws Exception {
        FixtureTool tool = new FixtureTool("npm_fixture", Category.SYSTEM, ToolHints.reading(), behaviour);
        var instances = TestInstances.none();
        NpmMcpServer server = NpmMcpServer.withCatalog(ServerOptions.defaults(),
                ToolCatalog.standard(instances).including(List.of(tool)), instances,
                AuditLog.open(auditDir, new Redactor()), new Redactor());
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        stdin = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        exit = CompletableFuture.supplyAsync(() -> {
            try (serverOut) {
                return StdioTransport.serve(server, serverIn, serverOut, Duration.ofSeconds(5));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(clientIn, StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    answers.add(json.readTree(line));
                }
            } catch (IOException e) {
                // the server closed its end
            }
        });
        reader.setDaemon(true);
        reader.start();
        send(INITIALIZE);
        assertThat(next().path("id").asInt()).isZero();
        send(INITIALIZED);
    }

    private synchronized void send(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    private JsonNode next() throws InterruptedException {
        JsonNode answer = answers.poll(20, TimeUnit.SECONDS);
        assertThat(answer).as("an answer within 20 s").isNotNull();
        return answer;
    }

    private static String call(Object id, String text) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"npm_fixture\","
                + "\"arguments\":{\"text\":\"" + text + "\"}}}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                   | this is not json {         | -32700 |
            a batch                    | [{"jsonrpc":"2.0","id":5,"method":"ping"}] | -32600 |
            a null id                  | {"jsonrpc":"2.0","id":null,"method":"ping"} | -32600 |
            a JSON string              | "ping"                     | -32600 |
            a wrong jsonrpc version    | {"jsonrpc":"1.0","id":6,"method":"ping"} | -32600 | 6
            a method that is no string | {"jsonrpc":"2.0","id":7,"method":42} | -32600 | 7
            params that are no object  | {"jsonrpc":"2.0","id":8,"method":"tools/list","params":"all"} | -32602 | 8
            an unknown method          | {"jsonrpc":"2.0","id":9,"method":"npm/unknown"} | -32601 | 9
            """)
    void shouldAnswerAMalformedLineAndGoOnReading(String what, String line, int code, Integer id) throws Exception {
        start(echo -> new FixtureTool.Echoed(echo.text()));

        send(line);
        JsonNode answer = next();
        send("{\"jsonrpc\":\"2.0\",\"id\":\"after\",\"method\":\"ping\"}");

        assertThat(answer.path("error").path("code").asInt()).as(what).isEqualTo(code);
        if (id == null) {
            assertThat(answer.get("id").isNull()).as("id of the answer to " + what).isTrue();
        } else {
            assertThat(answer.path("id").asInt()).isEqualTo(id);
        }
        JsonNode pong = next();
        assertThat(pong.path("id").asText()).isEqualTo("after");
        assertThat(pong.has("result")).isTrue();
    }

    @Test
    void shouldIgnoreBlankLinesAndBrokenNotificationsWithoutAnswering() throws Exception {
        start(echo -> new FixtureTool.Echoed(echo.text()));

        send("");
        send("{\"jsonrpc\":\"2.0\",\"method\":17}");
        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}");

        assertThat(next().path("id").asInt()).isEqualTo(1);
    }

    @Test
    void shouldAnswerEveryOneOfManyConcurrentCallsWithItsOwnId() throws Exception {
        start(echo -> new FixtureTool.Echoed(echo.text()));
        int calls = 500;
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= calls; i++) {
            all.append(call(i, "t" + i)).append('\n');
        }

        stdin.write(all.toString().getBytes(StandardCharsets.UTF_8));
        stdin.flush();

        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < calls; i++) {
            JsonNode answer = next();
            int id = answer.path("id").asInt();
            assertThat(answer.path("result").path("structuredContent").path("text").asText()).isEqualTo("t" + id);
            ids.add(id);
        }
        assertThat(ids).hasSize(calls);
    }

    @Test
    void shouldStopACancelledCallAndNeverAnswerIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        start(echo -> {
            if (echo.text().equals("slow")) {
                started.countDown();
                try {
                    Thread.sleep(Duration.ofSeconds(30));
                    interrupted.complete(false);
                } catch (InterruptedException e) {
                    interrupted.complete(true);
                }
            }
            return new FixtureTool.Echoed(echo.text());
        });

        send(call("\"slow-1\"", "slow"));
        assertThat(started.await(20, TimeUnit.SECONDS)).isTrue();
        send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":\"slow-1\","
                + "\"reason\":\"user pressed stop\"}}");
        send(call(2, "quick"));

        assertThat(interrupted.get(20, TimeUnit.SECONDS)).as("the cancelled call was interrupted").isTrue();
        assertThat(next().path("id").asInt()).isEqualTo(2);
        stdin.close();
        assertThat(exit.get(20, TimeUnit.SECONDS)).isZero();
        assertThat(answers).noneSatisfy(answer -> assertThat(answer.path("id").asText()).isEqualTo("slow-1"));
    }

    @Test
    void shouldEndWhenStdinEndsEvenAfterMalformedLines() throws Exception {
        start(echo -> new FixtureTool.Echoed(echo.text()));
        send("[]");
        send("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}");
        next();
        next();

        stdin.close();

        assertThat(exit.get(10, TimeUnit.SECONDS)).isZero();
    }
}
