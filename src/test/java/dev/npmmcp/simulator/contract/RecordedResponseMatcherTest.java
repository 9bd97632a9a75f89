package dev.npmmcp.simulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.npmmcp.testing.RecordedJson;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordedResponseMatcherTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void shouldAcceptTheSameAnswerWithOtherTimestampsTokensAndAvatarHashes() {
        List<String> differences = differences(
                "{\"token\":\"<jwt>\",\"expires\":\"2026-11-25T00:41:23.208Z\",\"user\":{\"created_on\":"
                        + "\"2026-11-24 00:41:22\",\"avatar\":\"//www.gravatar.com/avatar/e64c7d89f26bd1972efa854d13d7dd61?default=mm\"}}",
                "{\"token\":\"aaa.bbb.ccc\",\"expires\":\"2031-01-02T03:04:05.678Z\",\"user\":{\"created_on\":"
                        + "\"2031-01-02 03:04:05\",\"avatar\":\"//www.gravatar.com/avatar/00000000000000000000000000000000?default=mm\"}}");

        assertThat(differences).isEmpty();
    }

    @Test
    void shouldReportMissingExtraAndRetypedMembersAndOtherMessages() {
        List<String> differences = differences(
                "{\"error\":{\"code\":400,\"message\":\"data must NOT have additional properties\"},\"ok\":true}",
                "{\"error\":{\"code\":\"400\",\"message\":\"data should NOT have additional properties\"},\"extra\":1}");

        assertThat(differences).containsExactlyInAnyOrder(
                "/error/code: NPM answered number 400, got string \"400\"",
                "/error/message: NPM answered \"data must NOT have additional properties\", got \"data should NOT have"
                        + " additional properties\"",
                "/ok: NPM answered it (true), missing",
                "/extra: NPM does not answer it, got 1");
    }

    @Test
    void shouldCompareOnlyWhatACutRecordingHolds() {
        String recorded = "[{\"id\":1,\"domain_names\":[\"app.test.local\"],\"owner\":{\"email\":\"adm";

        assertThat(differences(recorded, "[{\"id\":1,\"domain_names\":[\"app.test.local\"],\"owner\":"
                        + "{\"email\":\"admin@example.com\",\"name\":\"A\"},\"enabled\":true},{\"id\":2}]"))
                .isEmpty();
        assertThat(differences(recorded, "[{\"id\":2,\"domain_names\":[\"app.test.local\"],\"owner\":"
                        + "{\"email\":\"bob@example.com\"}}]"))
                .containsExactlyInAnyOrder(
                        "/0/id: NPM answered 1, got 2",
                        "/0/owner/email: NPM answered a text starting \"adm\", got \"bob@example.com\"");
    }

    @Test
    void shouldCheckArrayLengthsOfCompleteRecordings() {
        assertThat(differences("[1,2]", "[1]")).containsExactly("(root): NPM answered 2 items, got 1");
        assertThat(differences("true", "{}")).containsExactly("(root): NPM answered boolean true, got object {}");
    }

    @Test
    void shouldNormaliseNginxErrorsPemsAndDebugTraces() {
        assertThat(differences(
                        "{\"meta\":{\"nginx_online\":false,\"nginx_err\":\"nginx: [emerg] unknown directive in /x/2.conf:29\"},"
                                + "\"certificate\":\"-----BEGIN CERTIFICATE-----\\nMIIDLj\",\"key\":\"<private key>\"}",
                        "{\"meta\":{\"nginx_online\":false,\"nginx_err\":\"nginx: [emerg] unknown directive in /x/7.conf:31\"},"
                                + "\"certificate\":\"-----BEGIN CERTIFICATE-----\\nMIIBxx\",\"key\":\"-----BEGIN PRIVATE KEY-----\"}"))
                .isEmpty();
        assertThat(differences(
                        "{\"error\":{\"code\":500},\"debug\":{\"stack\":[\"Error\"],\"previous\":{\"errno\":-2}}}",
                        "{\"error\":{\"code\":500},\"debug\":{\"stack\":[\"Error: at sim\",\"x\"]}}"))
                .containsExactly("/debug/previous: NPM answered it, missing");
    }

    @Test
    void shouldRequireNoBodyWhereNpmSentNone() {
        assertThat(RecordedResponseMatcher.differences(RecordedJson.parse(""), MissingNode.getInstance())).isEmpty();
        assertThat(RecordedResponseMatcher.differences(RecordedJson.parse(""), json("{}"))).hasSize(1);
    }

    private static List<String> differences(String recorded, String actual) {
        return RecordedResponseMatcher.differences(RecordedJson.parse(recorded), json(actual));
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
