package dev.npmmcp.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.bulk.config.ItemOutcome;
import dev.npmmcp.bulk.config.ResourceType;
import dev.npmmcp.proxyhost.ManageProxyHostTool;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import dev.npmmcp.testing.ToolFixture;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every NPM from 2.10 to 2.15 drops a proxy host's access rules from nginx when it enables the host, while GET still
 * shows the list attached. Each path that enables a host must leave the rules in force. The demo's proxy host #3
 * (nas.home.lan) uses access list #1.
 */
class AccessRulesAfterEnableTest {

    private static final int NAS = 3;

    private ToolFixture fixture;

    private void start(NpmProfile profile) {
        fixture = ToolFixture.start(NpmSimulator.builder().profile(profile).seed(SimulatorSeed.DEMO));
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private OptionalInt rulesInForce() {
        return fixture.sim().accessRulesInForce(NAS);
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void simulatorShouldDropTheRulesOnAPlainEnableLikeNpm(NpmProfile profile) {
        start(profile);
        ProxyHostApi api = new ProxyHostApi(fixture.client());
        assertThat(rulesInForce()).hasValue(1);
        api.disable(NAS);
        api.enable(NAS);
        assertThat(api.get(NAS, java.util.Set.of()).accessListId()).isEqualTo(1);
        assertThat(rulesInForce()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void manageProxyHostEnableShouldLeaveTheRulesInForceAndSaySo(NpmProfile profile) {
        start(profile);
        ManageProxyHostTool tool = new ManageProxyHostTool();
        fixture.call(tool, Map.of("operation", "disable", "host_id", NAS));
        String result = fixture.callJson(tool, Map.of("operation", "enable", "host_id", NAS)).path("message").asText();

        assertThat(rulesInForce()).hasValue(1);
        assertThat(result).contains("access_list_id", "rules");
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void bulkToggleShouldLeaveTheRulesInForce(NpmProfile profile) {
        start(profile);
        BulkOperationsTool tool = new BulkOperationsTool();
        fixture.call(tool, Map.of("operation", "toggle_hosts", "action", "disable", "host_ids", List.of(NAS),
                "dry_run", false));
        BulkOperationsTool.Result result = fixture.call(tool, Map.of("operation", "toggle_hosts", "action", "enable",
                "host_ids", List.of(NAS), "dry_run", false));

        assertThat(rulesInForce()).hasValue(1);
        assertThat(result.items()).singleElement().satisfies(i -> assertThat(i.reason())
                .hasValueSatisfying(r -> assertThat(r).contains("access_list_id")));
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void importThatEnablesAHostShouldLeaveTheRulesInForce(NpmProfile profile) {
        start(profile);
        BulkOperationsTool tool = new BulkOperationsTool();
        String exported = fixture.call(tool, Map.of("operation", "export_config", "format", "json"))
                .document().orElseThrow();
        new ProxyHostApi(fixture.client()).disable(NAS);

        BulkOperationsTool.Result result = fixture.call(tool, Map.of("operation", "import_config",
                "import_data", exported, "dry_run", false));

        assertThat(rulesInForce()).hasValue(1);
        assertThat(fixture.sim().requestCount("getProxyHost"))
                .as("the document names the host's access list, so only nginx's verdict is read back")
                .isEqualTo(1);
        assertThat(result.items()).filteredOn(i -> i.resourceType() == ResourceType.PROXY_HOST
                        && i.name().equals("nas.home.lan"))
                .singleElement().extracting(ItemOutcome::reason)
                .satisfies(r -> assertThat(r).hasValueSatisfying(text -> assertThat(text).contains("access_list_id")));
    }
}
