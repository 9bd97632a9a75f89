package dev.npmmcp.simulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.testing.ApiOperation;
import dev.npmmcp.testing.BodyCase;
import dev.npmmcp.testing.OpenApiDocument;
import dev.npmmcp.testing.RequestBodyCases;
import dev.npmmcp.testing.SampleValues;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * NPM validates every JSON body against its document (ajv, coercion on) before it does anything else. For each
 * operation with a JSON body, bodies made from the document (valid ones and each way of breaking a rule) go to a
 * fresh 2.15 simulator with an admin logged in and path ids that exist: a body the document accepts must not be
 * refused by schema validation, a body it refuses must get NPM's 400 with ajv's message.
 */
class SimulatorRequestRulesContractTest {

    private static final String ADMIN = "admin@example.com";
    private static final String PASSWORD = "changeme123";

    /** One existing object per collection a path id can name, created the way a client would. */
    private static final Map<String, String> FIXTURES = Map.of(
            "/nginx/proxy-hosts", "{\"domain_names\":[\"fixture.test.local\"],\"forward_scheme\":\"http\","
                    + "\"forward_host\":\"127.0.0.1\",\"forward_port\":80}",
            "/nginx/redirection-hosts", "{\"domain_names\":[\"fixture.test.local\"],\"forward_scheme\":\"http\","
                    + "\"forward_http_code\":301,\"forward_domain_name\":\"fixture-target.test.local\"}",
            "/nginx/dead-hosts", "{\"domain_names\":[\"fixture.test.local\"]}",
            "/nginx/streams", "{\"incoming_port\":9000,\"forwarding_host\":\"127.0.0.1\",\"forwarding_port\":22,"
                    + "\"tcp_forwarding\":true}",
            "/nginx/access-lists", "{\"name\":\"fixture\",\"items\":[],\"clients\":[]}",
            "/users", "{\"name\":\"Fixture\",\"nickname\":\"fixture\",\"email\":\"fixture@example.com\",\"roles\":[]}");

    @TestFactory
    Stream<DynamicNode> shouldApplyTheDocumentsRequestRules() {
        OpenApiDocument document = OpenApiDocument.load();
        RequestBodyCases generator = new RequestBodyCases(document, SampleValues.forNpm(ADMIN, PASSWORD));
        OpenApiOracle oracle = OpenApiOracle.create(document);
        return document.operations().stream()
                .filter(operation -> operation.jsonRequestSchema().isPresent())
                .map(operation -> DynamicContainer.dynamicContainer(
                        operation.operationId() + " " + operation.method() + " " + operation.path(),
                        generator.casesFor(operation).stream().map(bodyCase -> DynamicTest.dynamicTest(
                                bodyCase.kind() + ": " + bodyCase.name(),
                                () -> check(oracle.fresh(), operation, bodyCase)))));
    }

    private static void check(OpenApiOracle oracle, ApiOperation operation, BodyCase bodyCase) {
        try (NpmSimulator sim = NpmSimulator.builder().profile(NpmProfile.V2_15).admin(ADMIN, PASSWORD).start();
                SimClient client = new SimClient(sim.baseUri())) {
            sim.onExchange(oracle);
            Optional<String> token = Optional.of(client.login(ADMIN, PASSWORD));
            String path = concretePath(client, token, operation);

            SimClient.Answer answer = client.sendJson(operation.method(), path, token, bodyCase.body());

            String request = operation.method() + " " + path + " " + bodyCase.body() + " → " + answer.status() + " "
                    + answer.body();
            if (bodyCase.documentValid()) {
                assertThat(answer.status() == 400 && answer.errorMessage().filter(DocumentRules::ajvStyle).isPresent())
                        .as("the document accepts this body, yet it was refused by schema validation: " + request)
                        .isFalse();
            } else {
                assertThat(answer.status()).as(request).isEqualTo(400);
                JsonNode error = answer.json().path("error");
                assertThat(error.path("code").isInt() && error.path("code").asInt() == 400)
                        .as("NPM's error shape {error:{code:400,message}}: " + request)
                        .isTrue();
                assertThat(answer.errorMessage()).as("ajv's message: " + request)
                        .hasValueSatisfying(message -> assertThat(message).startsWith("data")
                                .contains(bodyCase.expectedMessage().orElseThrow()));
            }
            assertThat(oracle.violations()).as("NPM's document, for every exchange of this case").isEmpty();
        }
    }

    /** The operation's path with each id naming an object that exists. */
    private static String concretePath(SimClient client, Optional<String> token, ApiOperation operation) {
        String template = operation.path();
        int parameter = template.indexOf('{');
        if (parameter < 0) {
            return template;
        }
        String collection = template.substring(0, parameter - 1);
        String id = switch (collection) {
            case "/settings" -> "default-site";
            case "/users" -> template.contains("/2fa")
                    ? client.send("GET", "/users/me", token, Optional.empty()).json().path("id").asText()
                    : create(client, token, collection);
            default -> create(client, token, collection);
        };
        return template.replaceFirst("\\{[^}]+}", id);
    }

    private static String create(SimClient client, Optional<String> token, String collection) {
        String fixture = FIXTURES.get(collection);
        if (fixture == null) {
            throw new IllegalStateException("no fixture for " + collection);
        }
        SimClient.Answer created = client.send("POST", collection, token, Optional.of(fixture));
        assertThat(created.status()).as("creating the fixture " + collection + ": " + created.body()).isEqualTo(201);
        return created.json().path("id").asText();
    }
}
