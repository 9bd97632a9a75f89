package dev.npmmcp.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.simulator.Fault;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import dev.npmmcp.stream.StreamApi;
import dev.npmmcp.stream.StreamCreate;
import dev.npmmcp.testing.ToolFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * npm_fleet_query over three simulated instances: "home" (the demo homelab, NPM 2.15, tagged lab), "office" (the demo
 * on NPM 2.12) and "attic" (empty, NPM 2.10, tagged lab), which some tests make hang.
 */
class FleetQueryToolTest {

    private final FleetQueryTool tool = new FleetQueryTool();
    private NpmSimulator home;
    private NpmSimulator office;
    private NpmSimulator attic;
    private InstanceRegistry registry;
    private ToolFixture fleet;

    @BeforeEach
    void start(@TempDir Path dir) {
        home = NpmSimulator.builder().seed(SimulatorSeed.DEMO).start();
        office = NpmSimulator.builder().profile(NpmProfile.V2_12).seed(SimulatorSeed.DEMO).start();
        attic = NpmSimulator.builder().profile(NpmProfile.V2_10).start();
        String instances = Stream.of(instance("home", home, "lab"), instance("office", office, "work"),
                        instance("attic", attic, "lab"))
                .collect(Collectors.joining(",", "[", "]"));
        InstanceConfigLoader loader = new InstanceConfigLoader(Map.of("NPM_INSTANCES", instances,
                "NPM_SECRET", NpmSimulator.DEFAULT_ADMIN_PASSWORD), dir);
        registry = InstanceRegistry.open(loader.load(Optional.empty()), loader, TokenStore.inMemory(), new Redactor());
        fleet = ToolFixture.over(registry);
    }

    @AfterEach
    void stop() {
        registry.close();
        Stream.of(home, office, attic).forEach(NpmSimulator::close);
    }

    private static String instance(String name, NpmSimulator sim, String tag) {
        return "{\"name\":\"" + name + "\",\"host\":\"" + sim.baseUri().getHost() + "\",\"port\":"
                + sim.baseUri().getPort() + ",\"username\":\"" + NpmSimulator.DEFAULT_ADMIN_EMAIL
                + "\",\"password\":\"${NPM_SECRET}\",\"tags\":[\"" + tag + "\"]}";
    }

    @Test
    void shouldGiveEachInstancesOverview() {
        FleetQueryTool.Result result = fleet.call(tool, Map.of("query", "overview"));

        assertThat(result.answered()).isEqualTo(3);
        assertThat(result.instances()).extracting(FleetQueryTool.InstanceStatus::instance)
                .containsExactly("home", "office", "attic");
        FleetQueryTool.InstanceStatus homeStatus = result.instances().getFirst();
        assertThat(homeStatus.version()).contains("2.15.1");
        assertThat(homeStatus.proxyHosts()).contains(3);
        assertThat(homeStatus.redirectionHosts()).contains(1);
        assertThat(homeStatus.deadHosts()).contains(1);
        assertThat(homeStatus.streams()).contains(1);
        assertThat(homeStatus.certificates()).contains(2);
        assertThat(homeStatus.accessLists()).contains(1);
        assertThat(homeStatus.certificatesExpiring()).as("61 days left is not within 30").contains(0);
        assertThat(result.instances().get(2).version()).contains("2.10.4");
        assertThat(result.instances().get(2).proxyHosts()).contains(0);
        assertThat(fleet.schemaErrors(tool, result)).isEmpty();
    }

    @Test
    void shouldAnswerWithinTheHungInstancesBudgetAndMarkIt() {
        attic.faults().inject("getProxyHosts", Fault.delay(Duration.ofSeconds(60)));

        long start = System.nanoTime();
        FleetQueryTool.Result result = fleet.call(tool, Map.of("query", "overview", "timeout_seconds", 5));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // the done-when bound of the deadline mechanism (budget + 1 s), not a performance figure
        assertThat(took).isLessThan(Duration.ofSeconds(6));
        assertThat(result.answered()).isEqualTo(2);
        assertThat(result.instances()).filteredOn(s -> s.instance().equals("attic")).singleElement()
                .satisfies(s -> {
                    assertThat(s.status()).isEqualTo("timed_out");
                    assertThat(s.error()).hasValueSatisfying(e -> assertThat(e).contains("5 s", "timeout_seconds"));
                });
        assertThat(result.instances()).filteredOn(s -> !s.instance().equals("attic"))
                .allSatisfy(s -> assertThat(s.proxyHosts()).contains(3));
    }

    @Test
    void shouldReportAnUnreachableInstanceWithNpmsErrorAndStillAnswerTheRest() {
        attic.close();

        FleetQueryTool.Result result = fleet.call(tool, Map.of("query", "overview"));

        assertThat(result.answered()).isEqualTo(2);
        assertThat(result.instances().get(2).status()).isEqualTo("unreachable");
        assertThat(result.instances().get(2).error()).hasValueSatisfying(e -> assertThat(e).contains("'attic'")
                .containsPattern("[.] Next step: \\S"));
    }

    @Test
    void shouldFindWhichInstanceAndHostServeADomain() {
        FleetQueryTool.Result result = fleet.call(tool, Map.of("query", "find_domain", "domain", "*.home.lan"));

        assertThat(result.findings()).extracting(f -> f.instance() + " " + f.kind())
                .containsExactly("home proxy_host", "office proxy_host");
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.domainNames()).containsExactly("nas.home.lan"));
    }

    @Test
    void shouldListCertificatesExpiringWithinTheDaysOnTaggedInstancesOnly() {
        FleetQueryTool.Result result = fleet.call(tool,
                Map.of("query", "expiring_certificates", "days", 90, "tag", "lab"));

        assertThat(result.asked()).isEqualTo(2);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.instance()).isEqualTo("home");
            assertThat(f.domainNames()).containsExactly("cloud.example.net");
            assertThat(f.daysLeft()).hasValueSatisfying(d -> assertThat(d).isBetween(59L, 61L));
        });
    }

    @Test
    void shouldListHostsNginxRejectedOnEveryInstance() {
        // a second stream on a port already in use is accepted by NPM but nginx cannot listen on it
        new StreamApi(registry.resolve(Optional.of("office")).client())
                .create(StreamCreate.builder(2222, "10.0.0.9", 22).tcpForwarding(true).build());

        FleetQueryTool.Result result = fleet.call(tool, Map.of("query", "offline_hosts"));

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.instance()).isEqualTo("office");
            assertThat(f.kind()).isEqualTo("stream");
            assertThat(f.nginxErr()).isPresent();
        });
        assertThat(List.of(result.answered(), result.asked())).containsExactly(3, 3);
    }
}
