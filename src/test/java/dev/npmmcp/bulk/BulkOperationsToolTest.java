package dev.npmmcp.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.npmmcp.bulk.config.Action;
import dev.npmmcp.bulk.config.ItemOutcome;
import dev.npmmcp.bulk.config.Status;
import dev.npmmcp.proxyhost.ProxyHost;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.simulator.Fault;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * renew_certificates, toggle_hosts and delete_resources against the demo homelab: certificate #1 Let's Encrypt for
 * cloud.example.net (61 days left), #2 custom for nas.home.lan; proxy hosts #1 cloud.example.net, #2
 * media.example.net, #3 nas.home.lan (all enabled).
 */
class BulkOperationsToolTest {

    private final BulkOperationsTool tool = new BulkOperationsTool();
    private ToolFixture fixture;

    @BeforeEach
    void start() {
        fixture = ToolFixture.start(NpmSimulator.builder().seed(SimulatorSeed.DEMO));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    /** Requests that change something: not a GET, and not the login (POST /tokens). */
    private long writes() {
        return fixture.exchanges().stream()
                .filter(e -> !e.method().equals("GET") && !e.path().endsWith("/tokens"))
                .count();
    }

    @Test
    void shouldOnlyPlanByDefaultAndSendNothing() {
        BulkOperationsTool.Result result = fixture.call(tool, Map.of("operation", "toggle_hosts", "action", "disable",
                "domain_pattern", "*.example.net"));

        assertThat(result.dryRun()).isTrue();
        assertThat(result.items()).extracting(ItemOutcome::name, ItemOutcome::status).containsExactlyInAnyOrder(
                tuple("cloud.example.net", Status.PLANNED),
                tuple("media.example.net", Status.PLANNED));
        assertThat(result.counts().byAction()).containsEntry("disable", 2);
        assertThat(writes()).isZero();
    }

    @Test
    void shouldDisableHostsMatchingAPatternAndNeverResendThoseAlreadyDisabled() {
        BulkOperationsTool.Result first = fixture.call(tool, Map.of("operation", "toggle_hosts", "action", "disable",
                "domain_pattern", "*.EXAMPLE.net", "dry_run", false));

        assertThat(first.instance()).isEqualTo("home");
        assertThat(first.counts().done()).isEqualTo(2);
        assertThat(fixture.sim().requestCount("disableProxyHost")).isEqualTo(2);
        assertThat(hosts()).filteredOn(ProxyHost::enabled).extracting(h -> h.domainNames().get(0))
                .containsExactly("nas.home.lan");

        BulkOperationsTool.Result again = fixture.call(tool, Map.of("operation", "toggle_hosts", "action", "disable",
                "host_ids", List.of(1, 2), "dry_run", false));

        assertThat(again.counts().unchanged()).isEqualTo(2);
        assertThat(again.counts().done()).isZero();
        assertThat(again.items()).allSatisfy(i -> assertThat(i.reason()).hasValueSatisfying(r ->
                assertThat(r).contains("Already disabled")));
        assertThat(fixture.sim().requestCount("disableProxyHost")).isEqualTo(2);
    }

    @Test
    void shouldSkipUnknownHostIdsAndLeaveDisabledHostsAloneWithEnabledOnly() {
        fixture.call(tool, Map.of("operation", "toggle_hosts", "action", "disable", "host_ids", List.of(2),
                "dry_run", false));

        BulkOperationsTool.Result result = fixture.call(tool, Map.of("operation", "toggle_hosts", "action", "enable",
                "host_ids", List.of(2, 3, 99), "enabled_only", true, "dry_run", false));

        assertThat(result.items()).extracting(ItemOutcome::name, ItemOutcome::status).containsExactlyInAnyOrder(
                tuple("#99", Status.SKIPPED),
                tuple("nas.home.lan", Status.UNCHANGED));
        assertThat(fixture.sim().requestCount("enableProxyHost")).isZero();
    }

    @Test
    void shouldEnableWithOneRequestPerHostAndReportAConfigNginxRejectsFromOneListAfterwards() {
        ProxyHostApi hosts = new ProxyHostApi(fixture.client());
        fixture.call(tool, Map.of("operation", "toggle_hosts", "action", "disable", "domain_pattern", "*",
                "dry_run", false));
        hosts.update(2, dev.npmmcp.proxyhost.ProxyHostUpdate.builder().advancedConfig("bogus_directive on;").build());
        int listsBefore = fixture.sim().requestCount("getProxyHosts");

        BulkOperationsTool.Result result = fixture.call(tool, Map.of("operation", "toggle_hosts", "action", "enable",
                "domain_pattern", "*", "dry_run", false));

        assertThat(fixture.sim().requestCount("enableProxyHost")).isEqualTo(3);
        assertThat(fixture.sim().requestCount("getProxyHost")).isZero();
        assertThat(fixture.sim().requestCount("getProxyHosts") - listsBefore).isEqualTo(2);
        assertThat(result.items()).filteredOn(i -> i.name().equals("media.example.net")).singleElement()
                .satisfies(i -> assertThat(i.reason()).hasValueSatisfying(r -> assertThat(r)
                        .startsWith("nginx rejected its config").contains("bogus_directive")));
        assertThat(result.items()).filteredOn(i -> i.name().equals("cloud.example.net")).singleElement()
                .satisfies(i -> assertThat(i.reason()).isEmpty());
        assertThat(result.items()).filteredOn(i -> i.name().equals("nas.home.lan")).singleElement()
                .satisfies(i -> assertThat(i.reason()).contains(ProxyHostApi.ACCESS_RULES_RENDERED));
    }

    @Test
    void shouldStopAtTheFirstFailureWhenAskedAndReportNpmsError() {
        fixture.sim().faults().inject("disableProxyHost", Fault.status(500, "Internal Error").times(1));

        BulkOperationsTool.Result result = fixture.call(tool, Map.of("operation", "toggle_hosts", "action", "disable",
                "host_ids", List.of(1, 2, 3), "dry_run", false, "continue_on_error", false));

        assertThat(result.items()).extracting(ItemOutcome::status)
                .containsExactly(Status.FAILED, Status.NOT_ATTEMPTED, Status.NOT_ATTEMPTED);
        assertThat(result.items().get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("500"));
        assertThat(fixture.sim().requestCount("disableProxyHost")).isEqualTo(1);
        assertThat(hosts()).allMatch(ProxyHost::enabled);
    }

    @Test
    void shouldGoOnAfterAFailureByDefault() {
        fixture.sim().faults().inject("disableProxyHost", Fault.status(500, "Internal Error").times(1));

        BulkOperationsTool.Result result = fixture.call(tool, Map.of("operation", "toggle_hosts", "action", "disable",
                "host_ids", List.of(1, 2, 3), "dry_run", false, "batch_size", 3));

        assertThat(result.counts().failed()).isEqualTo(1);
        assertThat(result.counts().done()).isEqualTo(2);
        assertThat(hosts()).filteredOn(ProxyHost::enabled).hasSize(1);
    }

    @Test
    void shouldRefuseToToggleInReadOnlyModeButStillPlan() {
        assertThatThrownBy(() -> fixture.callReadOnly(tool, Map.of("operation", "toggle_hosts", "action", "disable",
                        "host_ids", List.of(1), "dry_run", false)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("read-only");
        BulkOperationsTool.Result plan = fixture.callReadOnly(tool, Map.of("operation", "toggle_hosts",
                "action", "disable", "host_ids", List.of(1)));

        assertThat(plan.counts().planned()).isEqualTo(1);
        assertThat(writes()).isZero();
    }

    @Test
    void shouldRenewExpiringLetsEncryptCertificatesAndSkipCustomOnesWithAReason() {
        BulkOperationsTool.Result soon = fixture.call(tool, Map.of("operation", "renew_certificates",
                "expiring_within_days", 30));
        assertThat(soon.items()).isEmpty();

        BulkOperationsTool.Result result = fixture.call(tool, Map.of("operation", "renew_certificates",
                "cert_ids", List.of(1, 2), "dry_run", false));

        assertThat(result.items()).extracting(ItemOutcome::action, ItemOutcome::status).containsExactlyInAnyOrder(
                tuple(Action.RENEW, Status.DONE),
                tuple(Action.NONE, Status.SKIPPED));
        assertThat(result.items()).filteredOn(i -> i.status() == Status.SKIPPED).singleElement()
                .satisfies(i -> assertThat(i.reason()).hasValueSatisfying(r -> assertThat(r).contains("custom")));
        assertThat(fixture.sim().requestCount("renewCertificate")).isEqualTo(1);
        assertThat(fixture.exchange("renewCertificate").path()).endsWith("/certificates/1/renew");
    }

    @Test
    void shouldSelectCertificatesByExpiry() {
        BulkOperationsTool.Result result = fixture.call(tool, Map.of("operation", "renew_certificates",
                "expiring_within_days", 90));

        assertThat(result.items()).singleElement().satisfies(i -> {
            assertThat(i.id()).contains(1);
            assertThat(i.status()).isEqualTo(Status.PLANNED);
        });
        assertThat(fixture.sim().requestCount("renewCertificate")).isZero();
    }

    @Test
    void shouldAskForConfirmationNamingWhatWillBeDeleted() {
        BulkOperationsTool.Result plan = fixture.call(tool, Map.of("operation", "delete_resources",
                "resource_type", "proxy_host", "resource_ids", List.of(2, 3)));
        assertThat(plan.message()).contains("media.example.net (#2)", "nas.home.lan (#3)");

        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "delete_resources",
                        "resource_type", "proxy_host", "resource_ids", List.of(2, 3), "dry_run", false)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("delete 2 proxy host(s)")
                .hasMessageContaining("media.example.net (#2), nas.home.lan (#3)");
        assertThat(writes()).isZero();

        BulkOperationsTool.Result result = fixture.call(tool, Map.of("operation", "delete_resources",
                "resource_type", "proxy_host", "resource_ids", List.of(2, 3), "dry_run", false, "confirm", true));

        assertThat(result.counts().done()).isEqualTo(2);
        assertThat(fixture.sim().requestCount("deleteProxyHost")).isEqualTo(2);
        assertThat(hosts()).extracting(ProxyHost::id).containsExactly(1);
    }

    @Test
    void shouldSkipCertificatesStillInUseAndNameTheHostsAnAccessListUnprotects() {
        BulkOperationsTool.Result certificates = fixture.call(tool, Map.of("operation", "delete_resources",
                "resource_type", "certificate", "resource_ids", List.of(1), "dry_run", false, "confirm", true));
        assertThat(certificates.items()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(Status.SKIPPED);
            assertThat(i.reason()).hasValueSatisfying(r -> assertThat(r).contains("proxy host cloud.example.net"));
        });
        assertThat(fixture.sim().requestCount("deleteCertificate")).isZero();

        BulkOperationsTool.Result list = fixture.call(tool, Map.of("operation", "delete_resources",
                "resource_type", "access_list", "resource_ids", List.of(1)));
        assertThat(list.items()).singleElement().satisfies(i -> assertThat(i.reason())
                .hasValueSatisfying(r -> assertThat(r).contains("nas.home.lan", "no longer be protected")));
    }

    @Test
    void shouldRefuseToDeleteSettingsAndNeedIds() {
        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "delete_resources",
                        "resource_type", "setting", "resource_ids", List.of(1))))
                .isInstanceOf(ToolFailure.class);
        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "delete_resources",
                        "resource_type", "stream")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("resource_ids");
        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "toggle_hosts", "action", "enable")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("host_ids or domain_pattern");
    }

    @Test
    void shouldRefuseABatchSizeOutsideOneToFifty() {
        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "export_config", "batch_size", 51)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("batch_size");
    }

    private List<ProxyHost> hosts() {
        return new ProxyHostApi(fixture.client()).list(Optional.empty(), Set.of());
    }
}
