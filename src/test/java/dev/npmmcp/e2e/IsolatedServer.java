package dev.npmmcp.e2e;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The jar run away from the developer's machine: its own home and temporary directory (nothing lands in the real
 * {@code ~/.npm-mcp}), no {@code NPM_*} variable inherited from the shell, no session bus through which it could reach
 * the real keyring, and the environment the test chooses.
 */
final class IsolatedServer {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+/mcp)");

    private final Path home;
    private final Path tmp;
    private final Map<String, String> env = new LinkedHashMap<>();
    private boolean homeFromEnvironmentOnly;

    /** A server whose home and temporary directory are made under {@code root}. */
    IsolatedServer(Path root) throws IOException {
        this.home = Files.createDirectories(root.resolve("home"));
        this.tmp = Files.createDirectories(root.resolve("tmp"));
    }

    IsolatedServer env(String name, String value) {
        env.put(name, value);
        return this;
    }

    Path home() {
        return home;
    }

    /** Every directory the server may write to. */
    List<Path> directories() {
        return List.of(home, tmp);
    }

    /** The home is given through {@code HOME} alone, not {@code -Duser.home} too: for the test that the server honours it. */
    IsolatedServer homeFromEnvironmentOnly() {
        homeFromEnvironmentOnly = true;
        return this;
    }

    List<String> command(List<String> serveArguments) {
        return McpHarness.command(homeFromEnvironmentOnly ? List.of("-Djava.io.tmpdir=" + tmp)
                : List.of("-Duser.home=" + home, "-Djava.io.tmpdir=" + tmp), serveArguments);
    }

    /**
     * The child's variables on top of what it inherits. The SDK's stdio client cannot remove an inherited variable,
     * so inherited {@code NPM_*} ones are blanked, which the server reads as unset.
     */
    private Map<String, String> overrides() {
        Map<String, String> overrides = new HashMap<>();
        System.getenv().keySet().stream().filter(name -> name.startsWith("NPM_")).forEach(name -> overrides.put(name, ""));
        overrides.put("HOME", home.toString());
        overrides.put("DBUS_SESSION_BUS_ADDRESS", "");
        overrides.putAll(env);
        return overrides;
    }

    /** Starts the server on stdio and connects the SDK's client; {@code json} sees every line the server writes. */
    McpSyncClient stdio(List<String> serveArguments, McpJsonMapper json, Consumer<String> stderr) {
        return stdio(serveArguments, json, stderr, spec -> spec);
    }

    /** The same, with the client built to the test's needs (e.g. a progress consumer). */
    McpSyncClient stdio(List<String> serveArguments, McpJsonMapper json, Consumer<String> stderr,
            UnaryOperator<McpClient.SyncSpec> client) {
        List<String> command = command(serveArguments);
        StdioClientTransport transport = new StdioClientTransport(ServerParameters.builder(command.getFirst())
                .args(command.subList(1, command.size()))
                .env(overrides())
                .build(), json);
        transport.setStdErrorHandler(stderr::accept);
        McpSyncClient connected = client.apply(McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60))).build();
        connected.initialize();
        return connected;
    }

    /** The server process to start, for tests that talk to it without the SDK's client. */
    ProcessBuilder process(List<String> serveArguments) {
        ProcessBuilder builder = new ProcessBuilder(command(serveArguments));
        builder.environment().keySet().removeIf(name -> name.startsWith("NPM_"));
        builder.environment().putAll(overrides());
        return builder;
    }

    /** A server on Streamable HTTP (port 0), its stdout to {@code stdout}, its stderr lines collected. */
    HttpServer http(List<String> serveArguments, Path stdout) throws Exception {
        ProcessBuilder builder = process(serveArguments);
        builder.redirectOutput(stdout.toFile());
        Process process = builder.start();
        List<String> stderr = new CopyOnWriteArrayList<>();
        CompletableFuture<URI> listening = new CompletableFuture<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader lines = process.errorReader(StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    stderr.add(line);
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        listening.complete(URI.create(matcher.group(1)));
                    }
                }
                listening.completeExceptionally(new IllegalStateException("server exited: " + stderr));
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
        });
        try {
            return new HttpServer(process, listening.get(60, TimeUnit.SECONDS), stderr, reader);
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** A running HTTP server process: where it listens and what it has written on stderr so far. */
    record HttpServer(Process process, URI endpoint, List<String> stderr, Thread stderrReader)
            implements AutoCloseable {

        McpSyncClient connect(String bearer, McpJsonMapper json) {
            HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                    .builder("http://" + endpoint.getHost() + ":" + endpoint.getPort())
                    .endpoint(endpoint.getPath())
                    .jsonMapper(json)
                    .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + bearer))
                    .build();
            McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build();
            client.initialize();
            return client;
        }

        /** Stops the server and waits for it and for the last of its stderr, so what it wrote is complete. */
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            stderrReader.join(Duration.ofSeconds(30));
        }
    }
}
