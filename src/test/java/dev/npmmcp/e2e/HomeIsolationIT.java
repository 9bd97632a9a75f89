package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user, a container or a test that sets {@code HOME} gets every file there: the token cache and the audit log land
 * under it, and the account's real home (which Java's {@code user.home} still points at) is left as it was.
 */
class HomeIsolationIT {

    @TempDir
    Path dir;

    @Test
    void shouldWriteItsFilesUnderHomeAndNothingIntoTheAccountsHome() throws Exception {
        Path accountFiles = Path.of(System.getProperty("user.home")).resolve(".npm-mcp");
        Map<Path, FileTime> before = snapshot(accountFiles);
        try (NpmSimulator sim = NpmSimulator.builder().seed(SimulatorSeed.DEMO).start()) {
            IsolatedServer server = new IsolatedServer(dir).homeFromEnvironmentOnly()
                    .env("NPM_URL", sim.baseUri().toString())
                    .env("NPM_IDENTITY", NpmSimulator.DEFAULT_ADMIN_EMAIL)
                    .env("NPM_SECRET", NpmSimulator.DEFAULT_ADMIN_PASSWORD)
                    .env("NPM_INSTANCE_NAME", ToolSamples.INSTANCE);
            McpSyncClient client = server.stdio(List.of("serve"),
                    new JacksonMcpJsonMapper(JsonMapper.builder().build()), line -> {});
            try {
                CallToolResult write = client.callTool(new CallToolRequest("npm_manage_stream",
                        Map.of("operation", "update", "stream_id", 1, "forwarding_port", 2022)));
                assertThat(write.isError()).as(McpHarness.text(write)).isFalse();
            } finally {
                client.closeGracefully();
            }
        }

        Path npmMcp = dir.resolve("home").resolve(".npm-mcp");
        assertThat(npmMcp.resolve("tokens").resolve(ToolSamples.INSTANCE + ".fernet")).as("the token cache").exists();
        try (Stream<Path> files = Files.list(npmMcp)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("the audit log").anyMatch(n -> n.contains("audit"));
        }
        assertThat(snapshot(accountFiles)).as("the account's own ~/.npm-mcp").isEqualTo(before);
    }

    private static Map<Path, FileTime> snapshot(Path root) throws IOException {
        Map<Path, FileTime> files = new TreeMap<>();
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.toList()) {
                    files.put(path, Files.getLastModifiedTime(path));
                }
            }
        }
        return files;
    }
}
