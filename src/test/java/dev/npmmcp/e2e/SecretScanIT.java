package dev.npmmcp.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.npmmcp.security.Fernet;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5's proof: the whole tool suite, over stdio and over HTTP, against an NPM with a known admin password and 2FA,
 * configured the way a user would (instances.yaml with {@code ${VAR}} secrets, token cache on), logging everything
 * (TRACE, which lets Jetty's and the SDK's debug lines through, request headers and JSON messages included); then
 * everything the server produced is searched for every secret it was given or handed: the NPM password, the TOTP
 * secret, the HTTP bearer, the cache's encryption key, each JWT NPM issued and each private key NPM handed out (NPM
 * sends a custom certificate's key with its record, and a Let's Encrypt one in its download zip), and anything shaped
 * like a JWT or a private key. A model asking for a certificate's private key is refused: no tool returns one.
 */
class SecretScanIT {

    private static final String ADMIN = NpmSimulator.DEFAULT_ADMIN_EMAIL;
    private static final Set<String> TOKEN_OPERATIONS = Set.of("requestToken", "loginWith2FA", "refreshToken");
    private static final Set<String> CERTIFICATE_READS = Set.of("getCertificate", "getCertificates");
    private static final Pattern JWT_SHAPE =
            Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}");
    /** A private key block with its content; a masked one reads {@code -----BEGIN PRIVATE KEY-----********}. */
    private static final Pattern PRIVATE_KEY_SHAPE =
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----(?:\\\\[rn]|\\s)*[A-Za-z0-9+/=]{16}");
    /** The demo seed's custom certificate, whose private key NPM sends along with its record. */
    private static final int CUSTOM_CERTIFICATE = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final Set<String> issuedJwts = ConcurrentHashMap.newKeySet();
    private final Set<String> handedOutKeys = ConcurrentHashMap.newKeySet();
    private final List<String> results = new CopyOnWriteArrayList<>();

    private static String random(String prefix) {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }

    private void record(CallToolResult result) {
        try {
            results.add(JSON.writeValueAsString(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldLeaveNoSecretInAnythingTheServerProduced() throws Exception {
        String password = random("Npm-Pw-");
        String bearer = random("http-bearer-");
        String encryptionKey = Fernet.generateKey();
        try (NpmSimulator sim = NpmSimulator.builder().admin(ADMIN, password).seed(SimulatorSeed.DEMO).start()) {
            String totpSecret = sim.enableTwoFactor(ADMIN);
            sim.onExchange(exchange -> {
                if (TOKEN_OPERATIONS.contains(exchange.operationId())) {
                    Matcher jwt = JWT_SHAPE.matcher(exchange.responseBody());
                    while (jwt.find()) {
                        issuedJwts.add(jwt.group());
                    }
                }
                if (CERTIFICATE_READS.contains(exchange.operationId()) && exchange.status() == 200) {
                    handedOutKeys.addAll(privateKeys(exchange.responseBody()));
                }
            });
            IsolatedServer server = new IsolatedServer(dir)
                    .env("NPM_SECRET", password)
                    .env("NPM_TOTP_SECRET", totpSecret)
                    .env("NPM_MCP_HTTP_TOKEN", bearer)
                    .env("NPM_MCP_ENCRYPTION_KEY", encryptionKey)
                    .env("NPM_MCP_LOG_LEVEL", "TRACE");
            Path config = writeInstances(server.home(), sim);
            ToolSamples samples = new ToolSamples(password);

            Map<String, String> artefacts = new LinkedHashMap<>();
            runOverStdio(server, samples, artefacts);
            runOverHttp(server, samples, bearer, artefacts);
            artefacts.put("tool results", String.join("\n", results));
            for (Path written : files(server.directories())) {
                artefacts.put("file " + dir.relativize(written), Files.readString(written, StandardCharsets.ISO_8859_1));
            }

            assertTheScanSawEveryKindOfArtefact(artefacts, config, sim);
            Map<String, String> secrets = new LinkedHashMap<>();
            secrets.put("NPM password", password);
            secrets.put("TOTP secret", totpSecret);
            secrets.put("HTTP bearer", bearer);
            secrets.put("token cache key", encryptionKey);
            issuedJwts.forEach(jwt -> secrets.put("JWT issued by NPM " + jwt.substring(jwt.length() - 8), jwt));
            handedOutKeys.forEach(line -> secrets.put("a line of a private key NPM sent " + line.substring(0, 8), line));
            assertNoSecretIn(artefacts, secrets);
        }
    }

    private static Path writeInstances(Path home, NpmSimulator sim) throws IOException {
        Path config = Files.createDirectories(home.resolve(".npm-mcp")).resolve("instances.yaml");
        Files.writeString(config, """
                instances:
                  - name: %s
                    host: 127.0.0.1
                    port: %d
                    username: %s
                    password: ${NPM_SECRET}
                    totp_secret: ${NPM_TOTP_SECRET}
                    default: true
                settings:
                  cache_tokens: true
                  token_cache_dir: %s
                """.formatted(ToolSamples.INSTANCE, sim.baseUri().getPort(), ADMIN,
                home.resolve(".npm-mcp").resolve("tokens")));
        return config;
    }

    private void runOverStdio(IsolatedServer server, ToolSamples samples, Map<String, String> artefacts) {
        RecordingJsonMapper stdout = new RecordingJsonMapper(new JacksonMcpJsonMapper(JsonMapper.builder().build()));
        List<String> stderr = new CopyOnWriteArrayList<>();
        McpSyncClient client = server.stdio(List.of("serve"), stdout, stderr::add);
        try {
            McpHarness.assertEveryListedToolWorks(client, samples, this::record);
            // NPM's answer for this certificate carries its private key: the download must leave it out
            CallToolResult download = client.callTool(new CallToolRequest("npm_manage_certificate", Map.of(
                    "operation", "download", "cert_id", CUSTOM_CERTIFICATE)));
            assertThat(download.isError()).as("download of the custom certificate: %s", download.content()).isFalse();
            record(download);
            // a model asking for the key itself gets no way to have it
            CallToolResult key = client.callTool(new CallToolRequest("npm_manage_certificate", Map.of(
                    "operation", "download", "cert_id", CUSTOM_CERTIFICATE, "include_private_key", true)));
            assertThat(key.isError()).as("download asking for the private key: %s", key.content()).isTrue();
            assertThat(JSON.valueToTree(key.content()).toString()).contains("unknown parameter 'include_private_key'");
            record(key);
            // the resources reach NPM through the read tools: their answers are scanned with the rest of stdout
            for (String uri : List.of("npm://" + ToolSamples.INSTANCE, "npm://" + ToolSamples.INSTANCE + "/certificates",
                    "npm://" + ToolSamples.INSTANCE + "/certificates/" + CUSTOM_CERTIFICATE,
                    "npm://" + ToolSamples.INSTANCE + "/access-lists")) {
                assertThat(client.readResource(new McpSchema.ReadResourceRequest(uri)).contents())
                        .as("resource %s", uri).isNotEmpty();
            }
        } finally {
            client.closeGracefully();
        }
        artefacts.put("stdio stdout", String.join("\n", stdout.parsedTexts()));
        artefacts.put("stdio stderr", String.join("\n", stderr));
    }

    private void runOverHttp(IsolatedServer server, ToolSamples samples, String bearer, Map<String, String> artefacts)
            throws Exception {
        RecordingJsonMapper received = new RecordingJsonMapper(new JacksonMcpJsonMapper(JsonMapper.builder().build()));
        Path stdout = dir.resolve("http-stdout.txt");
        IsolatedServer.HttpServer http =
                server.http(List.of("serve", "--transport", "http", "--port", "0", "--lazy"), stdout);
        try (http) {
            McpSyncClient client = http.connect(bearer, received);
            try {
                CallToolResult categories = client.callTool(new CallToolRequest("npm_list_categories", Map.of()));
                record(categories);
                for (JsonNode category : JSON.valueToTree(categories.structuredContent()).path("categories")) {
                    record(client.callTool(new CallToolRequest(
                            "npm_enable_category", Map.of("category", category.path("name").asText()))));
                }
                McpHarness.assertEveryListedToolWorks(client, samples, this::record);
            } finally {
                client.closeGracefully();
            }
        }
        artefacts.put("http responses", String.join("\n", received.parsedTexts()));
        artefacts.put("http stdout", Files.readString(stdout));
        artefacts.put("http stderr", String.join("\n", http.stderr()));
    }

    /** The base64 lines of every private key in an NPM answer (a header line would match masked keys too). */
    private static List<String> privateKeys(String answer) {
        try {
            return JSON.readTree(answer).findValues("certificate_key").stream()
                    .filter(JsonNode::isTextual)
                    .flatMap(key -> key.asText().lines())
                    .filter(line -> !line.startsWith("-----") && line.length() >= 16)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        return files;
    }

    /** Without this, an empty capture (a server that never started, a log that went elsewhere) would pass the scan. */
    private void assertTheScanSawEveryKindOfArtefact(Map<String, String> artefacts, Path config, NpmSimulator sim) {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(sim.requestCount("loginWith2FA")).as("logins went through 2FA").isPositive();
        softly.assertThat(issuedJwts).as("JWTs NPM issued").isNotEmpty();
        softly.assertThat(handedOutKeys).as("private key lines NPM sent with certificates").isNotEmpty();
        softly.assertThat(sim.requestCount("downloadCertificate")).as("Let's Encrypt zips, private key inside")
                .isPositive();
        softly.assertThat(results).as("tool results").hasSizeGreaterThan(40)
                .allSatisfy(result -> assertThat(result).contains("\"text\""));
        softly.assertThat(artefacts.get("stdio stdout").lines()).as("stdio stdout lines").hasSizeGreaterThan(20);
        softly.assertThat(artefacts.get("http responses").lines()).as("HTTP responses").hasSizeGreaterThan(20);
        for (String stderr : List.of("stdio stderr", "http stderr")) {
            softly.assertThat(artefacts.get(stderr)).as("%s: log lines, the NPM client's requests among them", stderr)
                    .contains(" DEBUG ", " INFO ", "dev.npmmcp.npm.NpmClient - NPM instance 'demo': GET /");
        }
        softly.assertThat(artefacts.get("stdio stderr")).as("the 2FA login, logged")
                .contains("POST /tokens/2fa -> 200");
        String audit = "file " + dir.relativize(config.resolveSibling("audit.log"));
        softly.assertThat(artefacts).as("the audit trail").containsKey(audit);
        softly.assertThat(artefacts.getOrDefault(audit, "").lines()).as("audit entries, one per write call")
                .hasSizeGreaterThanOrEqualTo(14);
        softly.assertThat(artefacts.keySet()).as("token cache files")
                .anyMatch(name -> name.contains(".npm-mcp/tokens/"));
        softly.assertAll();
    }

    private static void assertNoSecretIn(Map<String, String> artefacts, Map<String, String> secrets) {
        SoftAssertions softly = new SoftAssertions();
        artefacts.forEach((artefact, content) -> {
            secrets.forEach((label, secret) ->
                    softly.assertThat(content.contains(secret)).as("%s found in %s", label, artefact).isFalse());
            Map.of("a JWT", JWT_SHAPE, "a private key", PRIVATE_KEY_SHAPE).forEach((shape, pattern) -> {
                Matcher found = pattern.matcher(content);
                softly.assertThat(found.find() ? found.group() : "").as("%s in %s", shape, artefact).isEmpty();
            });
        });
        softly.assertAll();
    }
}
