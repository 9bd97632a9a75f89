package dev.npmmcp.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolFailure;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** npm_get_audit_logs: local filters over NPM's capped list, and what it says about the cap. */
class GetAuditLogsToolTest {

    private final GetAuditLogsTool tool = new GetAuditLogsTool();
    private ToolFixture fixture;

    @BeforeEach
    void start() {
        fixture = ToolFixture.start(NpmSimulator.builder()
                .admin(NpmSimulator.DEFAULT_ADMIN_EMAIL, NpmSimulator.DEFAULT_ADMIN_PASSWORD));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldFilterByActionUserAndDatesLocally() {
        List<Integer> ids = createCertificates(3);
        fixture.client().send(NpmRequest.delete("deleteCertificate", "/nginx/certificates/" + ids.getFirst()));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        assertThat(matching(Map.of())).isEqualTo(4);
        assertThat(matching(Map.of("action_filter", "deleted"))).isEqualTo(1);
        assertThat(matching(Map.of("action_filter", "certificate created"))).isEqualTo(3);
        assertThat(matching(Map.of("user_id", 1))).isEqualTo(4);
        assertThat(matching(Map.of("user_id", 99))).isZero();
        assertThat(matching(Map.of("start_date", today, "end_date", today))).isEqualTo(4);
        assertThat(matching(Map.of("start_date", tomorrow))).isZero();
        assertThat(matching(Map.of("end_date", yesterday))).isZero();
        assertThat(fixture.exchange("getAuditLogs").query()).contains("expand=user").doesNotContain("query=");
    }

    @Test
    void shouldPageNewestFirstAndNameTheUser() {
        createCertificates(5);

        GetAuditLogsTool.Result result = fixture.call(tool, Map.of("page", 2, "limit", 2));

        assertThat(result.matching()).isEqualTo(5);
        assertThat(result.events()).hasSize(2);
        assertThat(result.events().get(0).id()).isGreaterThan(result.events().get(1).id());
        assertThat(result.events().getFirst().summary()).isEqualTo("custom 3");
        assertThat(result.events().getFirst().user()).isPresent();
        assertThat(result.events().getFirst().meta()).isEmpty();
        assertThat(result.olderEventsHidden()).isFalse();
        assertThat(result.note()).isEmpty();
    }

    @Test
    void shouldSayWhenNpmsCapMayHideOlderEvents() {
        createCertificates(GetAuditLogsTool.NPM_CAP + 3);

        GetAuditLogsTool.Result all = fixture.call(tool, Map.of());
        GetAuditLogsTool.Result fromTomorrow = fixture.call(tool, Map.of("start_date",
                LocalDate.now(ZoneOffset.UTC).plusDays(1).toString()));

        assertThat(all.fetched()).isEqualTo(GetAuditLogsTool.NPM_CAP);
        assertThat(all.olderEventsHidden()).isTrue();
        assertThat(all.note()).hasValueSatisfying(n -> assertThat(n).contains("newest 100"));
        assertThat(fromTomorrow.olderEventsHidden()).as("nothing older than the range can matter").isFalse();
    }

    @Test
    void shouldNameABadDateOrLimit() {
        assertThatThrownBy(() -> fixture.call(tool, Map.of("start_date", "last tuesday")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("start_date");
        assertThatThrownBy(() -> fixture.call(tool, Map.of("limit", 500)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("limit");
        assertThat(fixture.sim().requestCount("getAuditLogs")).isZero();
    }

    private int matching(Map<String, Object> arguments) {
        return fixture.call(tool, arguments).matching();
    }

    private List<Integer> createCertificates(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> fixture.client().send(NpmRequest.post("createCertificate", "/nginx/certificates",
                        Map.of("provider", "other", "nice_name", "custom " + i))).path("id").asInt())
                .toList();
    }
}
