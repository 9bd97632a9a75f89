package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.security.AuditLog;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.ToolHints;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stdio as a piped client uses it: all requests written at once, stdin closed right after. */
class StdioTransportTest {

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"pipe\",\"version\":\"1\"}}}";
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
    private static final String CALL = "{\"jsonrpc\":\"2.0\",\"id\":\"call-2\",\"method\":\"tools/call\",\"params\":"
            + "{\"name\":\"npm_slow\",\"arguments\":{\"text\":\"done\"}}}";

    @TempDir
    Path auditDir;

    /** The client's side: its lines, then end of input, which it reports the moment the server reaches it. */
    private final CompletableFuture<Void> endReached = new CompletableFuture<>();

    private InputStream pipe(String... lines) {
        byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n < 0) {
                    endReached.complete(null);
                }
                return n;
            }
        };
    }

    private List<JsonNode> serve(Function<FixtureTool.Echo, FixtureTool.Echoed> slowTool, Duration drain)
            throws Exception {
        FixtureTool tool = new FixtureTool("npm_slow", Category.SYSTEM, ToolHints.reading(), slowTool);
        var instances = TestInstances.none();
        NpmMcpServer server = NpmMcpServer.withCatalog(ServerOptions.defaults(),
                ToolCatalog.standard(instances).including(List.of(tool)), instances,
                AuditLog.open(auditDir, new Redactor()), new Redactor());
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();

        int exit = StdioTransport.serve(server, pipe(INITIALIZE, INITIALIZED, CALL), stdout, drain);

        assertThat(exit).isZero();
        ObjectMapper json = new ObjectMapper();
        return stdout.toString(StandardCharsets.UTF_8).lines().map(line -> {
            try {
                return json.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("not JSON on stdout: " + line, e);
            }
        }).toList();
    }

    @Test
    void shouldAnswerARequestStillRunningWhenStdinCloses() throws Exception {
        List<JsonNode> answers = serve(echo -> {
            // finishes only once the server has read the end of stdin: the call is in flight at that moment
            endReached.orTimeout(60, TimeUnit.SECONDS).join();
            return new FixtureTool.Echoed(echo.text());
        }, StdioTransport.DRAIN_TIMEOUT);

        assertThat(answers).anySatisfy(answer -> {
            assertThat(answer.path("id").asText()).isEqualTo("call-2");
            assertThat(answer.path("result").path("structuredContent").path("text").asText()).isEqualTo("done");
        });
    }

    @Test
    void shouldStopWithoutTheAnswerOnceTheDrainTimeIsUp() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        try {
            List<JsonNode> answers = serve(echo -> {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new FixtureTool.Echoed(echo.text());
            }, Duration.ofMillis(200));

            assertThat(endReached).isDone();
            assertThat(answers).extracting(answer -> answer.path("id").asText()).containsExactly("1");
        } finally {
            never.countDown();
        }
    }
}
