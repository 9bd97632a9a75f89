package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-download install: {@code bin/release} builds the archive, which is unpacked into a temporary folder and run
 * on a machine that, as far as the launcher can tell, has no Java at all (no java on PATH, no JAVA_HOME, a clean
 * environment), and driven with the MCP SDK's client.
 */
class ReleaseArchiveIT {

    @TempDir
    Path dir;

    @Test
    void shouldServeTheDemoFromTheUnpackedArchiveWithNoJavaOnTheMachine() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Process release = new ProcessBuilder(project.resolve("bin/release").toString(), "--no-build")
                .redirectError(dir.resolve("release.log").toFile())
                .start();
        String printed = new String(release.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(release.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(release.exitValue()).as(Files.readString(dir.resolve("release.log"))).isZero();
        Path archive = Path.of(printed.lines().reduce((first, last) -> last).orElseThrow());
        assertThat(archive.getFileName().toString()).matches("npm-mcp-.+-(linux|macos)-(x64|aarch64)\\.tar\\.gz");

        Path unpacked = Files.createDirectories(dir.resolve("opt"));
        run("tar", "-xzf", archive.toString(), "-C", unpacked.toString());
        Path launcher = unpacked.resolve("npm-mcp/bin/npm-mcp");
        assertThat(launcher).isExecutable();
        // the launcher needs nothing from the machine but /bin/sh: its PATH is an empty folder
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path home = Files.createDirectories(dir.resolve("home"));
        assertThat(run("/usr/bin/env", "-i", "PATH=" + bin, "/bin/sh", "-c", "command -v java || echo none").strip())
                .as("no java reachable from the launcher's PATH").isEqualTo("none");

        StdioClientTransport transport = new StdioClientTransport(ServerParameters.builder("/usr/bin/env")
                .args("-i", "PATH=" + bin, "HOME=" + home, "NPM_MCP_JAVA_OPTS=" + cacheRequired(), launcher.toString(),
                        "serve", "--demo")
                .build(), new JacksonMcpJsonMapper(JsonMapper.builder().build()));
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
        try {
            assertThat(client.initialize().serverInfo().name()).isEqualTo("npm-mcp");
            assertThat(client.listTools().tools()).extracting(t -> t.name()).contains("npm_list_proxy_hosts");
            CallToolResult hosts = client.callTool(new CallToolRequest("npm_list_proxy_hosts", Map.of()));
            assertThat(hosts.isError()).isFalse();
            assertThat(McpHarness.text(hosts)).contains("cloud.example.net");
        } finally {
            client.closeGracefully();
        }
        // a (relative) link to the launcher, as in /usr/local/bin, finds the archive it points into
        Path links = Files.createDirectories(dir.resolve("links"));
        // readlink through a script, not a link: the temp folder's clean-up warns about links that point out of it
        Path readlink = Files.writeString(links.resolve("readlink"),
                "#!/bin/sh\nexec " + run("sh", "-c", "command -v readlink").strip() + " \"$@\"\n");
        readlink.toFile().setExecutable(true);
        Files.createSymbolicLink(links.resolve("npm-mcp"), links.relativize(launcher));
        assertThat(run("/usr/bin/env", "-i", "PATH=" + links, "HOME=" + home, links.resolve("npm-mcp").toString(),
                "--version")).startsWith("npm-mcp ");
        assertThat(unpacked.resolve("npm-mcp/lib")).isDirectoryContaining(p -> p.toString().endsWith(".aot")
                || p.toString().endsWith(".jsa"));
    }

    /**
     * A JVM option under which the start fails unless the archive's start-up cache is valid for its runtime and jar:
     * the proof that the cache shipped is the cache used. The runtime is linked from the JDK running this test.
     */
    private static String cacheRequired() {
        return Runtime.version().feature() >= 24 ? "-XX:AOTMode=on" : "-Xshare:on";
    }

    private String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
