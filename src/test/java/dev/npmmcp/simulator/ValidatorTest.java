package dev.npmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {

    private static JsonNode json(String text) {
        return Json.parse(text).orElseThrow();
    }

    private static String message(Schema schema, String body, NpmProfile profile) {
        try {
            Validator.check(schema, json(body), profile);
            return "";
        } catch (NpmError error) {
            return error.getMessage();
        }
    }

    @Test
    void shouldCoerceLikeAjv() {
        Schema.Obj schema = Schema.object().prop("port", Schema.integer(1, 65535)).prop("on", Schema.bool())
                .prop("name", Schema.string());
        JsonNode coerced = Validator.check(schema, json("{\"port\":\"80\",\"on\":1,\"name\":5}"), NpmProfile.V2_15);
        assertThat(coerced.get("port").asLong()).isEqualTo(80);
        assertThat(coerced.get("on").isBoolean()).isTrue();
        assertThat(coerced.get("name").asText()).isEqualTo("5");
        assertThat(message(schema, "{\"port\":\"8.5\"}", NpmProfile.V2_15)).isEqualTo("data/port must be integer");
    }

    @Test
    void shouldWriteAjv6WordingOn210() {
        Schema.Obj schema = ProxyHosts.KIND.schema(NpmProfile.V2_10);
        // 2.10's endpoint schemas check names as host names (endpoints/*.json at v2.10.4)
        assertThat(message(schema, "{\"domain_names\":[\"a..b\"],\"forward_scheme\":\"http\",\"forward_host\":\"h\","
                + "\"forward_port\":80}", NpmProfile.V2_10))
                .isEqualTo("data.domain_names[0] should match pattern \"^(?:\\*\\.)?(?:[^.*]+\\.?)+[^.]$\"");
        assertThat(message(Schema.object().prop("s", Schema.string(8, 64)), "{\"s\":\"x\"}", NpmProfile.V2_10))
                .isEqualTo("data.s should NOT be shorter than 8 characters");
    }

    @Test
    void shouldReportEveryBranchOfAnyOfAndOneOf() {
        Schema.Obj schema = Schema.object().prop("certificate_id", ProxyHosts.certificateId());
        assertThat(message(schema, "{\"certificate_id\":\"abc\"}", NpmProfile.V2_15)).isEqualTo(
                "data/certificate_id must be integer, data/certificate_id must match pattern \"^new$\", "
                        + "data/certificate_id must match a schema in anyOf");
        assertThat(message(AccessLists.createSchema(NpmProfile.V2_15), "{\"name\":\"x\",\"clients\":[{\"address\":\"10.0.0.0/8\"}]}",
                NpmProfile.V2_15)).isEmpty();
        assertThat(message(AccessLists.createSchema(NpmProfile.V2_15), "{\"name\":\"x\",\"clients\":[{\"address\":\"bad\"}]}",
                NpmProfile.V2_15)).endsWith("data/clients/0/address must match exactly one schema in oneOf");
    }

    @Test
    void shouldNameDuplicatesAndLimits() {
        Schema.Obj schema = Schema.object().prop("d", Domains.names(NpmProfile.V2_15, 1));
        assertThat(message(schema, "{\"d\":[\"a\",\"a\"]}", NpmProfile.V2_15))
                .isEqualTo("data/d must NOT have duplicate items (items ## 1 and 0 are identical)");
        assertThat(message(schema, "{\"d\":[]}", NpmProfile.V2_15)).isEqualTo("data/d must NOT have fewer than 1 items");
        assertThatThrownBy(() -> Validator.check(schema, json("[]"), NpmProfile.V2_15))
                .hasMessage("data must be object");
    }

    @Test
    void shouldDecideRedirectTargetsWithoutBacktracking() {
        Schema.Pat pattern = Domains.HOST_NAME;
        for (String good : List.of("new.test.local", "a*", "a.*", "example.com")) {
            assertThat(pattern.test().test(good)).as(good).isTrue();
        }
        for (String bad : List.of("", "a", ".a", "a.", "a..b", "*a", "a*b", "a".repeat(5000) + ".")) {
            assertThat(pattern.test().test(bad)).as(bad).isFalse();
        }
    }
}
