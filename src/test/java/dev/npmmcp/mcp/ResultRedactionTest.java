package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.npmmcp.npm.NpmAuthenticationException;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.testing.TestCertificates;
import dev.npmmcp.tool.Category;
import dev.npmmcp.tool.JsonSchemas;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolHints;
import dev.npmmcp.tool.ToolJson;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Tool results (structuredContent, text, error texts) pass through the process's Redactor, schema intact. */
class ResultRedactionTest {

    private static final String PASSWORD = "Registered-Pa55word!";
    private static final String JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJpc3MiOiJhcGkiLCJhdHRycyI6eyJpZCI6MX0sInNjb3BlIjpbInVzZXIiXX0"
            + ".dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String PRIVATE_KEY =
            TestCertificates.selfSigned("leak.example.com", Duration.ofDays(1)).privateKey();
    private static final String KEY_BODY = PRIVATE_KEY.lines().skip(1).findFirst().orElseThrow();
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Kind {
        @JsonProperty("token")
        TOKEN,
        @JsonProperty("password")
        PASSWORD
    }

    record Nested(String note, String secret) {}

    /** Secrets in every kind of place an output can hold them, next to fields that only share a secret's name. */
    record Leaky(
            String instance,
            String current,
            String password,
            Optional<String> apiToken,
            String note,
            int token,
            Kind secret,
            URI refreshToken,
            List<Nested> items,
            Map<String, String> headers,
            JsonNode meta) {}

    private final Redactor redactor = new Redactor();

    ResultRedactionTest() {
        redactor.register(PASSWORD);
    }

    private Leaky leaky() {
        JsonNode meta = JsonNodeFactory.instance.objectNode()
                .put("token", JWT)
                .put("dns_provider_credentials", "dns_cloudflare_api_token = " + PASSWORD)
                .put("count", 3)
                .set("current", JsonNodeFactory.instance.objectNode().put("password", 1234));
        return new Leaky(
                "home",
                "home",
                "********",
                Optional.of(""),
                "login with " + PASSWORD + " gave " + JWT + " and the key " + PRIVATE_KEY,
                42,
                Kind.PASSWORD,
                URI.create("https://npm.example.com/api/tokens"),
                List.of(new Nested("Authorization: Bearer " + JWT, PASSWORD)),
                Map.of("password", "plain-text-pass", "x-note", "ok"),
                meta);
    }

    private ToolAdapter adapter() {
        return new ToolAdapter(ToolJson.newMapper(), user -> new ServerToolContext(false, TestInstances.none(), user),
                new WriteAudit(entry -> {}, Clock.systemUTC()), redactor);
    }

    private CallToolResult call(OutputFixtureTool<?> tool) {
        return adapter().call(tool, Map.of(), UserConfirmation.cannotAsk());
    }

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().getFirst()).text();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> structured(CallToolResult result) {
        return (Map<String, Object>) result.structuredContent();
    }

    private static void assertFreeOfSecrets(String sent) {
        assertThat(sent).doesNotContain(PASSWORD, "plain-text-pass", "eyJ", KEY_BODY);
    }

    @Test
    void shouldKeepRegisteredSecretsJwtsAndPrivateKeysOutOfStructuredContentAndText() throws Exception {
        CallToolResult result = call(new OutputFixtureTool<>(Leaky.class, this::leaky, Optional.empty()));

        assertThat(result.isError()).isFalse();
        assertFreeOfSecrets(JSON.writeValueAsString(result.structuredContent()));
        assertFreeOfSecrets(text(result));
        assertThat(text(result)).isEqualTo(JSON.writeValueAsString(result.structuredContent()));
    }

    @Test
    void shouldRedactACustomRendering() {
        CallToolResult result = call(new OutputFixtureTool<>(Leaky.class, this::leaky,
                Optional.of("logged in as admin with " + PASSWORD + ", token " + JWT + "\n" + PRIVATE_KEY)));

        assertFreeOfSecrets(text(result));
        assertThat(text(result)).startsWith("logged in as admin with ********, token ********");
    }

    @Test
    void shouldStillMatchTheOutputSchemaAfterRedaction() {
        CallToolResult result = call(new OutputFixtureTool<>(Leaky.class, this::leaky, Optional.empty()));

        JsonNode schema = JSON.valueToTree(JsonSchemas.outputSchema(Leaky.class));
        var errors = SchemaRegistry.withDefaultDialect(Dialects.getDraft202012()).getSchema(schema)
                .validate(JSON.valueToTree(result.structuredContent()));
        assertThat(errors).isEmpty();
    }

    @Test
    void shouldMaskSecretNamedFieldsOnlyWhereTheSchemaTakesTheMask() {
        Map<String, Object> out = structured(call(new OutputFixtureTool<>(Leaky.class, this::leaky, Optional.empty())));

        assertThat(out).containsEntry("instance", "home")
                .containsEntry("current", "home")          // the instance in use, not a password
                .containsEntry("password", "********")     // a masked credential stays masked
                .containsEntry("api_token", "")            // "not set" stays visible
                .containsEntry("token", 42)                // an integer keeps its type
                .containsEntry("secret", "password")       // an enum keeps its value
                .containsEntry("refresh_token", "https://npm.example.com/api/tokens"); // a uri keeps its format
        assertThat(out.get("items")).isEqualTo(List.of(Map.of("note", "Authorization: Bearer ********", "secret", "********")));
        assertThat(out.get("headers")).isEqualTo(Map.of("password", "********", "x-note", "ok"));
    }

    @Test
    void shouldMaskEverySecretNamedFieldInsideNpmsFreeFormObjects() {
        Map<String, Object> out = structured(call(new OutputFixtureTool<>(Leaky.class, this::leaky, Optional.empty())));

        assertThat(out.get("meta")).isEqualTo(Map.of(
                "token", "********",
                "dns_provider_credentials", "dns_cloudflare_api_token = ********",
                "count", 3,
                "current", "********"));
    }

    @Test
    void shouldRedactTheTextOfAToolFailure() {
        OutputFixtureTool<Leaky> failing = new OutputFixtureTool<>(Leaky.class, () -> {
            throw new ToolFailure("Login with " + PASSWORD + " failed", "Check the token " + JWT + ".");
        }, Optional.empty());

        CallToolResult result = call(failing);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo(
                "npm_output_fixture failed: Login with ******** failed\nNext step: Check the token ********.");
    }

    @Test
    void shouldRedactTheTextOfAnNpmError() {
        OutputFixtureTool<Leaky> failing = new OutputFixtureTool<>(Leaky.class, () -> {
            throw new NpmAuthenticationException("home", "requestToken", 401,
                    "Invalid password " + PASSWORD + " for " + JWT, "Check the credentials.");
        }, Optional.empty());

        String sent = text(call(failing));

        assertThat(sent).startsWith("npm_output_fixture failed: NPM instance 'home', requestToken").contains("Invalid password ********");
        assertFreeOfSecrets(sent);
    }

    @Test
    void shouldThrowABugWithItsMessageRedacted() {
        FixtureTool buggy = new FixtureTool("npm_buggy", Category.SYSTEM, ToolHints.reading(), echo -> {
            throw new IllegalStateException("unexpected answer " + JWT + " for " + PASSWORD);
        });

        assertThatThrownBy(() -> adapter().call(buggy, Map.of("text", "x"), UserConfirmation.cannotAsk()))
                .hasMessage("unexpected answer ******** for ********")
                .hasNoCause();
    }
}
