package dev.npmmcp.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.proxyhost.ProxyHost;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.simulator.AcmeMode;
import dev.npmmcp.simulator.Fault;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolFailure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** npm_expose_service against the demo homelab: plan, apply and verify, idempotence, conflicts, undo on failure. */
class ExposeServiceToolTest {

    private final ExposeServiceTool tool = new ExposeServiceTool();

    private static ToolFixture demo(NpmProfile profile) {
        return ToolFixture.start(NpmSimulator.builder().profile(profile).seed(SimulatorSeed.DEMO).acme(AcmeMode.ISSUE));
    }

    private static Map<String, Object> grafana(boolean dryRun) {
        Map<String, Object> arguments = new HashMap<>(Map.of(
                "domain_names", List.of("grafana.example.net"),
                "forward_host", "10.0.0.5",
                "forward_port", 3000,
                "allow_from", List.of("10.0.0.0/8"),
                "users", List.of(Map.of("username", "ops", "password", "a-long-secret-1")),
                "letsencrypt_email", "ops@example.net",
                "dry_run", dryRun));
        return arguments;
    }

    private static long writes(ToolFixture fixture) {
        return fixture.exchanges().stream()
                .filter(e -> !e.method().equals("GET") && !e.path().startsWith("/tokens"))
                .count();
    }

    /** Every object NPM holds, as NPM answers its lists: what "exactly as before" is compared on. */
    private static List<JsonNode> everything(ToolFixture fixture) {
        return List.of("/nginx/proxy-hosts", "/nginx/redirection-hosts", "/nginx/dead-hosts", "/nginx/streams",
                        "/nginx/access-lists", "/nginx/certificates").stream()
                .map(path -> fixture.client().send(path.endsWith("access-lists")
                        ? NpmRequest.get("compare", path).withQuery("expand", "items,clients")
                        : NpmRequest.get("compare", path)))
                .toList();
    }

    @Test
    void shouldPlanWithoutSendingAnything() {
        try (ToolFixture fixture = demo(NpmProfile.V2_15)) {
            ExposeServiceTool.Result plan = fixture.call(tool, grafana(true));

            assertThat(plan.applied()).isFalse();
            assertThat(plan.plan().steps()).extracting(s -> s.action() + " " + s.kind())
                    .containsExactly("create access_list", "create certificate", "create proxy_host");
            assertThat(plan.plan().conflicts()).isEmpty();
            assertThat(writes(fixture)).isZero();
            assertThat(fixture.schemaErrors(tool, plan)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldExposeAVerifiedProtectedHostAndThenPlanNothing(NpmProfile profile) {
        try (ToolFixture fixture = demo(profile)) {
            ExposeServiceTool.Result applied = fixture.call(tool, grafana(false));

            assertThat(applied.applied()).isTrue();
            assertThat(applied.checks()).isNotEmpty().allSatisfy(c -> assertThat(c.ok()).as(c.check()).isTrue());
            ProxyHost host = new ProxyHostApi(fixture.client()).get(applied.hostId().orElseThrow(), Set.of());
            assertThat(host.domainNames()).containsExactly("grafana.example.net");
            assertThat(host.forwardHost()).isEqualTo("10.0.0.5");
            assertThat(host.certificateId()).isEqualTo(applied.certificateId().orElseThrow());
            assertThat(host.accessListId()).isEqualTo(applied.accessListId().orElseThrow());
            assertThat(host.sslForced()).isTrue();
            assertThat(fixture.sim().accessRulesInForce(host.id())).hasValue(host.accessListId());
            assertThat(fixture.sim().requestCount("getCertificates"))
                    .as("certificates read once to plan and once to verify").isEqualTo(2);

            long before = writes(fixture);
            ExposeServiceTool.Result again = fixture.call(tool, grafana(false));
            assertThat(again.applied()).isFalse();
            assertThat(again.plan().unchanged()).isTrue();
            assertThat(writes(fixture)).as("a second identical call sends nothing").isEqualTo(before);
        }
    }

    @Test
    void shouldLeaveNpmExactlyAsItWasWhenTheLastStepFails() {
        try (ToolFixture fixture = demo(NpmProfile.V2_15)) {
            List<JsonNode> before = everything(fixture);
            fixture.sim().faults().inject("createProxyHost", Fault.status(500, "Internal Error").times(1));

            assertThatThrownBy(() -> fixture.call(tool, grafana(false)))
                    .isInstanceOf(ToolFailure.class)
                    .hasMessageContaining("deleted the new certificate")
                    .hasMessageContaining("deleted the new access list");

            assertThat(everything(fixture)).isEqualTo(before);
        }
    }

    @Test
    void shouldRefuseNamesAnotherHostServesAndChangeNothing() {
        try (ToolFixture fixture = demo(NpmProfile.V2_15)) {
            Map<String, Object> arguments = grafana(false);
            arguments.put("domain_names", List.of("www.example.net"));

            assertThatThrownBy(() -> fixture.call(tool, arguments))
                    .isInstanceOf(ToolFailure.class)
                    .hasMessageContaining("www.example.net already served by redirection host #1");
            assertThat(writes(fixture)).isZero();
        }
    }

    @Test
    void shouldReuseAValidCertificateAndUpdateAnExistingHostsUpstream() {
        try (ToolFixture fixture = demo(NpmProfile.V2_15)) {
            ExposeServiceTool.Result plan = fixture.call(tool, Map.of("domain_names", List.of("cloud.example.net"),
                    "forward_host", "192.168.1.21", "forward_port", 8080, "websocket_support", true));

            assertThat(plan.plan().steps()).extracting(s -> s.action() + " " + s.kind())
                    .containsExactly("reuse certificate", "update proxy_host");
            assertThat(plan.plan().steps().get(1).detail()).contains("upstream", "192.168.1.21");

            Map<String, Object> apply = new HashMap<>(Map.of("domain_names", List.of("cloud.example.net"),
                    "forward_host", "192.168.1.21", "forward_port", 8080, "websocket_support", true,
                    "dry_run", false));
            ExposeServiceTool.Result applied = fixture.call(tool, apply);
            assertThat(applied.applied()).isTrue();
            assertThat(new ProxyHostApi(fixture.client()).get(applied.hostId().orElseThrow(), Set.of()).forwardHost())
                    .isEqualTo("192.168.1.21");
            assertThat(fixture.exchanges("createCertificate")).isEmpty();
        }
    }

    @Test
    void shouldCheckThroughNpmsFrontDoorThatTheAccessListIsEnforced() throws Exception {
        try (ToolFixture fixture = ToolFixture.start(NpmSimulator.builder().seed(SimulatorSeed.DEMO)
                .acme(AcmeMode.ISSUE)
                .frontDoor(Optional.of(dev.npmmcp.npm.TestPki.rsa("grafana.example.net", "grafana.example.net")
                        .serverContext())))) {
            Map<String, Object> arguments = grafana(false);
            arguments.put("front_door_http_port", fixture.sim().frontDoorHttpPort().orElseThrow());
            arguments.put("front_door_https_port", fixture.sim().frontDoorHttpsPort().orElseThrow());

            ExposeServiceTool.Result applied = fixture.call(tool, arguments);

            assertThat(applied.checks()).extracting(ExposeServiceTool.Check::check)
                    .contains("front door: HTTP to HTTPS", "front door: certificate served",
                            "front door: access list enforced");
            assertThat(applied.checks()).allSatisfy(c -> assertThat(c.ok()).as(c.check()).isTrue());
            assertThat(applied.checks()).filteredOn(c -> c.check().equals("front door: access list enforced"))
                    .singleElement().satisfies(c -> assertThat(c.detail()).contains("401"));
        }
    }
}
