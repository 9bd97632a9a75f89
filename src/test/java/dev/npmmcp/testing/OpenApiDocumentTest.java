package dev.npmmcp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static OpenApiDocument document;

    @BeforeAll
    static void load() {
        document = OpenApiDocument.load();
    }

    @Test
    void shouldListTheSameSixtyEightOperationsAsEndpointsTxt() throws IOException {
        List<String> endpoints = Files.readAllLines(SharedData.require("npm-api/endpoints.txt")).stream()
                .filter(line -> !line.isBlank())
                .map(line -> String.join(" ", List.of(line.split(" ")).subList(0, 3)))
                .toList();

        List<String> operations = document.operations().stream()
                .map(operation -> operation.method() + " " + operation.path() + " " + operation.operationId())
                .toList();

        assertThat(operations).hasSize(68).containsExactlyInAnyOrderElementsOf(endpoints);
    }

    @Test
    void shouldMatchLiteralSegmentsBeforePathParameters() {
        assertThat(document.match("GET", "/nginx/certificates/dns-providers"))
                .hasValueSatisfying(operation -> assertThat(operation.operationId()).isEqualTo("getDNSProviders"));
        assertThat(document.match("GET", "/nginx/certificates/7?expand=owner"))
                .hasValueSatisfying(operation -> assertThat(operation.operationId()).isEqualTo("getCertificate"));
        assertThat(document.match("GET", "/nginx/proxy-hosts/"))
                .hasValueSatisfying(operation -> assertThat(operation.operationId()).isEqualTo("getProxyHosts"));
        assertThat(document.match("GET", "/nginx/nothing")).isEmpty();
    }

    @Test
    void shouldResolveReferencedPropertySchemas() {
        DocumentSchema body = document.operation("updateProxyHost").jsonRequestSchema().orElseThrow();

        DocumentSchema port = body.properties().get("forward_port");

        assertThat(port.pointer()).isEqualTo("/components/schemas/forward_port");
        assertThat(port.integerKeyword("maximum")).contains(65535L);
        assertThat(body.closed()).isTrue();
        assertThat(body.integerKeyword("minProperties")).contains(1L);
    }

    @Test
    void shouldGiveResponseSchemasPerStatus() {
        ApiOperation enable = document.operation("enableProxyHost");

        assertThat(enable.jsonResponseSchemas()).containsKeys(200, 400);
        assertThat(enable.jsonResponseSchemas().get(400).pointer()).isEqualTo("/components/schemas/error");
        assertThat(document.operation("validateCertificates").multipartRequest()).isTrue();
        assertThat(document.operation("uploadCertificate").jsonRequestSchema()).isEmpty();
    }

    @Test
    void shouldRefuseWhatNpmRefusesAndAcceptWhatItCoerces() {
        ApiOperation create = document.operation("createProxyHost");

        assertThat(document.validateRequestBody(create, json(
                        "{\"domain_names\":[\"a.test\"],\"forward_scheme\":\"http\",\"forward_host\":\"h\","
                                + "\"forward_port\":\"81\",\"block_exploits\":\"true\",\"caching_enabled\":1}")))
                .isEmpty();
        assertThat(document.validateRequestBody(create, json(
                        "{\"domain_names\":[\"a.test\"],\"forward_scheme\":\"http\",\"forward_host\":\"h\","
                                + "\"forward_port\":70000}")))
                .extracting(SchemaViolation::keyword)
                .containsExactly("maximum");
        assertThat(document.validateRequestBody(create, json("{\"forward_scheme\":\"ftp\"}")))
                .extracting(SchemaViolation::keyword)
                .contains("required", "enum");
    }

    @Test
    void shouldNotCoerceWhereAjvWouldNot() {
        ApiOperation update = document.operation("updateProxyHost");

        assertThat(document.validateRequestBody(update, json("{\"block_exploits\":\"yes\"}"))).isNotEmpty();
        assertThat(document.validateRequestBody(update, json("{\"forward_port\":\"8.5\"}"))).isNotEmpty();
        assertThat(document.validateRequestBody(update, json("{\"domain_names\":\"a.test\"}"))).isNotEmpty();
        assertThat(document.validateRequestBody(update, json("{\"forward_host\":{}}"))).isNotEmpty();
        assertThat(document.validateRequestBody(update, json("{\"forward_host\":8080}"))).isEmpty();
    }

    @Test
    void shouldValidateResponsesAgainstComponentSchemas() {
        DocumentSchema error = document.component("error");

        assertThat(document.validate(error, json("{\"error\":{\"code\":400,\"message\":\"x\"}}"))).isEmpty();
        assertThat(document.validate(error, json("{\"error\":{\"code\":\"400\",\"message\":\"x\"}}")))
                .extracting(SchemaViolation::instanceLocation)
                .containsExactly("/error/code");
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
