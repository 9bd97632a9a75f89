package dev.npmmcp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.testing.BodyCase.Kind;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RequestBodyCasesTest {

    private static OpenApiDocument document;
    private static RequestBodyCases generator;

    @BeforeAll
    static void load() {
        document = OpenApiDocument.load();
        generator = new RequestBodyCases(document, SampleValues.forNpm("admin@example.com", "changeme123"));
    }

    @Test
    void shouldMakeCasesWhoseDocumentVerdictMatchesTheirKindForEveryJsonOperation() {
        List<ApiOperation> withJsonBody = document.operations().stream()
                .filter(operation -> operation.jsonRequestSchema().isPresent())
                .toList();

        assertThat(withJsonBody).hasSize(21);
        for (ApiOperation operation : withJsonBody) {
            List<BodyCase> cases = generator.casesFor(operation);
            assertThat(cases)
                    .as(operation.operationId())
                    .allSatisfy(bodyCase -> assertThat(bodyCase.documentValid())
                            .as(bodyCase.toString())
                            .isEqualTo(bodyCase.kind().meantValid()));
        }
    }

    @Test
    void shouldCoverEachRuleOfTheProxyHostSchema() {
        List<BodyCase> cases = generator.casesFor(document.operation("createProxyHost"));

        assertThat(cases).extracting(BodyCase::name).contains(
                "only required properties",
                "all properties",
                "without domain_names",
                "with unexpected_property",
                "forward_port of a wrong type",
                "forward_port below minimum 1",
                "forward_port above maximum 65535",
                "forward_scheme not in enum",
                "domain_names with an item not matching its pattern",
                "domain_names with fewer than 1 items",
                "locations with an item without path",
                "certificate_id below minimum 0");
        assertThat(cases).filteredOn(bodyCase -> bodyCase.name().equals("without domain_names"))
                .singleElement()
                .satisfies(bodyCase -> assertThat(bodyCase.expectedMessage())
                        .contains("data must have required property 'domain_names'"));
    }

    @Test
    void shouldNotCallACoercibleValueAWrongType() {
        List<BodyCase> cases = generator.casesFor(document.operation("updateProxyHost"));

        assertThat(cases).filteredOn(bodyCase -> bodyCase.kind() == Kind.WRONG_TYPE)
                .allSatisfy(bodyCase -> assertThat(bodyCase.documentValid()).isFalse())
                .extracting(bodyCase -> bodyCase.name())
                .contains("block_exploits of a wrong type", "forward_host of a wrong type", "meta of a wrong type");
        assertThat(cases).extracting(BodyCase::name).contains("empty object");
    }

    @Test
    void shouldUseTheAdminCredentialsWhereTheBodyMustNameThem() {
        BodyCase login = generator.casesFor(document.operation("requestToken")).getFirst();

        assertThat(login.kind()).isEqualTo(Kind.ONLY_REQUIRED);
        assertThat(login.body().toString())
                .isEqualTo("{\"identity\":\"admin@example.com\",\"secret\":\"changeme123\"}");
    }
}
