package dev.npmmcp.simulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.testing.ApiOperation;
import dev.npmmcp.testing.ExchangeLog;
import dev.npmmcp.testing.OpenApiDocument;
import dev.npmmcp.testing.RecordedExchange;
import dev.npmmcp.testing.RecordedJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DocumentRulesTest {

    private static OpenApiDocument document;
    private static List<RecordedExchange> npm215;

    @BeforeAll
    static void load() {
        document = OpenApiDocument.load();
        npm215 = new ArrayList<>(ExchangeLog.load("npm-api/exchanges-2.15.1.log"));
        npm215.addAll(ExchangeLog.load("npm-api/versions/exchanges-2.15.1.log"));
    }

    @Test
    void shouldFindNpmItselfKeepingTheRequestRulesInEveryRecordedExchange() {
        List<String> broken = new ArrayList<>();
        for (RecordedExchange exchange : npm215) {
            document.match(exchange.method(), exchange.path()).ifPresent(operation -> DocumentRules
                    .requestViolation(document, operation, exchange.requestBody(), exchange.status(),
                            exchange.responseBody())
                    .ifPresent(violation -> broken.add(exchange.title() + ": " + violation)));
        }

        assertThat(broken).isEmpty();
    }

    @Test
    void shouldLearnOnlyTheStraysNpmRecordedAnswersShow() {
        Set<String> strays = DocumentRules.strays(document, npm215);

        assertThat(strays)
                .contains("createProxyHost 201 /locations type", "updateProxyHost 200 /certificate additionalProperties")
                .doesNotContain("requestToken 200  oneOf")
                .doesNotContain("getProxyHost 200 /forward_port type")
                .allSatisfy(stray -> assertThat(stray).doesNotEndWith(" required"));
    }

    @Test
    void shouldRefuseAcceptedInvalidBodiesAndAjvRefusalsOfValidOnes() {
        ApiOperation update = document.operation("updateProxyHost");

        assertThat(DocumentRules.requestViolation(document, update, Optional.of("{}"), 200, "{}"))
                .hasValueSatisfying(violation -> assertThat(violation).startsWith("accepted a body the document refuses"));
        assertThat(DocumentRules.requestViolation(document, update, Optional.of("{\"forward_port\":\"81\"}"), 400,
                        "{\"error\":{\"code\":400,\"message\":\"data/forward_port must be integer\"}}"))
                .hasValueSatisfying(violation -> assertThat(violation).startsWith("refused a body the document accepts"));
        assertThat(DocumentRules.requestViolation(document, update, Optional.of("{\"forward_port\":1}"), 400,
                        "{\"error\":{\"code\":400,\"message\":\"a.test is already in use\"}}"))
                .isEmpty();
        assertThat(DocumentRules.requestViolation(document, update, Optional.of("not json"), 200, "{}")).isPresent();
    }

    @Test
    void shouldValidateErrorsOfUndocumentedStatusesAgainstNpmsErrorSchema() {
        ApiOperation get = document.operation("getProxyHost");

        assertThat(DocumentRules.responseViolations(document, get, 404,
                        RecordedJson.parse("{\"error\":{\"code\":404,\"message\":\"Not Found - 9\"}}")))
                .isEmpty();
        assertThat(DocumentRules.responseViolations(document, get, 404,
                        RecordedJson.parse("{\"error\":{\"code\":404,\"msg\":\"Not Found - 9\"}}")))
                .extracting(DocumentRules.ResponseViolation::key)
                .contains("getProxyHost 404 /error required");
    }
}
