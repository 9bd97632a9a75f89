package dev.npmmcp.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.accesslist.AccessListApi;
import dev.npmmcp.accesslist.AccessListCreate;
import dev.npmmcp.accesslist.AccessListUser;
import dev.npmmcp.bulk.config.Action;
import dev.npmmcp.bulk.config.ConfigCodec;
import dev.npmmcp.bulk.config.ConfigDocument;
import dev.npmmcp.bulk.config.ConfigExporter;
import dev.npmmcp.bulk.config.ConfigFormat;
import dev.npmmcp.bulk.config.InstanceState;
import dev.npmmcp.bulk.config.ConfigSource;
import dev.npmmcp.bulk.config.ItemOutcome;
import dev.npmmcp.bulk.config.ResourceType;
import dev.npmmcp.bulk.config.Status;
import dev.npmmcp.certificate.CertificateApi;
import dev.npmmcp.certificate.CertificateCreate;
import dev.npmmcp.certificate.CustomCertificateFiles;
import dev.npmmcp.instance.InstanceConfigLoader;
import dev.npmmcp.instance.InstanceRegistry;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.proxyhost.ProxyHostCreate;
import dev.npmmcp.security.Redactor;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import dev.npmmcp.testing.TestCertificates;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolJson;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * npm_sync_instances over one registry holding two simulated instances: "lab" holds the demo homelab (nas.home.lan
 * behind access list lan-only with user family and a custom certificate, cloud.example.net with a Let's Encrypt
 * certificate), "standby" starts empty.
 */
class SyncInstancesToolTest {

    private final SyncInstancesTool tool = new SyncInstancesTool();
    private ToolFixture lab;
    private ToolFixture standby;
    private InstanceRegistry registry;
    private ToolFixture both;

    @BeforeEach
    void start(@TempDir Path home) {
        lab = ToolFixture.start(NpmSimulator.builder().seed(SimulatorSeed.DEMO));
        standby = ToolFixture.start(NpmSimulator.builder()
                .admin(NpmSimulator.DEFAULT_ADMIN_EMAIL, NpmSimulator.DEFAULT_ADMIN_PASSWORD));
        String instances = "[" + instance("lab", lab.sim(), true) + "," + instance("standby", standby.sim(), false)
                + "]";
        InstanceConfigLoader loader = new InstanceConfigLoader(Map.of("NPM_INSTANCES", instances,
                "NPM_SECRET", NpmSimulator.DEFAULT_ADMIN_PASSWORD), home);
        registry = InstanceRegistry.open(loader.load(Optional.empty()), loader, TokenStore.inMemory(), new Redactor());
        both = ToolFixture.over(registry);
    }

    @AfterEach
    void stop() {
        registry.close();
        lab.close();
        standby.close();
    }

    @Test
    void shouldReturnThePlanWithoutWritingToEitherInstanceByDefault() {
        SyncInstancesTool.Result plan = both.call(tool, Map.of("source_instance", "lab",
                "target_instance", "standby"));

        assertThat(plan.dryRun()).isTrue();
        assertThat(plan.sourceInstance()).isEqualTo("lab");
        assertThat(plan.targetInstance()).isEqualTo("standby");
        assertThat(writes(standby)).isZero();
        assertThat(writes(lab)).isZero();
        assertThat(outcome(plan, ResourceType.PROXY_HOST, "media.example.net").action()).isEqualTo(Action.CREATE);
        assertThat(outcome(plan, ResourceType.PROXY_HOST, "media.example.net").status()).isEqualTo(Status.PLANNED);
        ItemOutcome cloud = outcome(plan, ResourceType.PROXY_HOST, "cloud.example.net");
        assertThat(cloud.status()).isEqualTo(Status.UNRESOLVED);
        assertThat(cloud.reason()).hasValueSatisfying(r -> assertThat(r).contains("certificate"));
        ItemOutcome list = outcome(plan, ResourceType.ACCESS_LIST, "lan-only");
        assertThat(list.status()).isEqualTo(Status.UNRESOLVED);
        assertThat(list.reason()).hasValueSatisfying(r -> assertThat(r).contains("family", "password"));
        assertThat(plan.counts().planned()).isEqualTo(plan.counts().byAction().get("create"));
        assertThat(plan.message()).contains("dry_run=false");
        assertThat(both.schemaErrors(tool, plan)).isEmpty();
    }

    @Test
    void shouldMakeTheTargetExportEqualTheSourceOnceCertificatesAndListPasswordsExistThere() throws Exception {
        giveCertificatesTo(standby);
        new AccessListApi(standby.client()).create(AccessListCreate.of("lan-only",
                List.of(new AccessListUser("family", "standby-door")), List.of()));

        SyncInstancesTool.Result synced = both.call(tool, Map.of("source_instance", "lab",
                "target_instance", "standby", "dry_run", false, "batch_size", 3));

        assertThat(synced.dryRun()).isFalse();
        assertThat(synced.counts().failed()).isZero();
        assertThat(synced.counts().unresolved()).isZero();
        assertThat(outcome(synced, ResourceType.PROXY_HOST, "nas.home.lan").status()).isEqualTo(Status.DONE);
        assertThat(comparable(export("standby"))).isEqualTo(comparable(export("lab")));
        assertThat(writes(lab)).isZero();
        String output = ToolJson.newMapper().writeValueAsString(synced) + tool.render(synced).orElseThrow();
        assertThat(output).doesNotContain("standby-door", "homelab-door", "PRIVATE KEY");

        SyncInstancesTool.Result again = both.call(tool, Map.of("source_instance", "lab",
                "target_instance", "standby", "dry_run", false));
        assertThat(again.counts().unchanged()).isEqualTo(again.counts().total());
        assertThat(again.message()).contains("Nothing to change");
    }

    @Test
    void shouldAskBeforeAReplaceDeletesAndNameWhatGoes() {
        new ProxyHostApi(standby.client()).create(ProxyHostCreate.builder(List.of("extra.example.org"), "http",
                "10.0.0.9", 80).build());
        long before = writes(standby);

        assertThatThrownBy(() -> both.call(tool, Map.of("source_instance", "lab", "target_instance", "standby",
                        "strategy", "replace", "dry_run", false)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("extra.example.org")
                .hasMessageContaining("confirmation");
        assertThat(writes(standby)).isEqualTo(before);

        SyncInstancesTool.Result done = both.call(tool, Map.of("source_instance", "lab", "target_instance", "standby",
                "strategy", "replace", "dry_run", false, "confirm", true));

        assertThat(outcome(done, ResourceType.PROXY_HOST, "extra.example.org").status()).isEqualTo(Status.DONE);
        assertThat(standby.sim().requestCount("deleteProxyHost")).isEqualTo(1);
        assertThat(new ProxyHostApi(standby.client()).list(Optional.empty(), Set.of()))
                .extracting(h -> h.domainNames().get(0)).containsExactly("media.example.net");
    }

    @Test
    void shouldSyncOnlyHostsMatchingTheDomainPatternAndDeleteNoOthers() {
        new ProxyHostApi(standby.client()).create(ProxyHostCreate.builder(List.of("extra.example.org"), "http",
                "10.0.0.9", 80).build());

        SyncInstancesTool.Result plan = both.call(tool, Map.of("source_instance", "lab", "target_instance", "standby",
                "domain_pattern", "*.EXAMPLE.net", "strategy", "replace"));

        assertThat(plan.items()).extracting(ItemOutcome::resourceType).doesNotContain(ResourceType.STREAM,
                ResourceType.SETTING, ResourceType.ACCESS_LIST);
        assertThat(plan.items()).extracting(ItemOutcome::name)
                .contains("media.example.net", "cloud.example.net")
                .doesNotContain("nas.home.lan", "extra.example.org");
        assertThat(plan.items()).extracting(ItemOutcome::action).doesNotContain(Action.DELETE);
    }

    @Test
    void shouldRefuseToSyncAnInstanceWithItself() {
        assertThatThrownBy(() -> both.call(tool, Map.of("source_instance", "lab", "target_instance", "LAB",
                        "dry_run", false)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("'lab'")
                .hasMessageContaining("itself");
        assertThat(lab.exchanges()).isEmpty();
        // without a target, the default instance ("lab") would be both
        assertThatThrownBy(() -> both.call(tool, Map.of("source_instance", "lab")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("itself");
    }

    @Test
    void shouldTakeInstanceNameAsTheTargetLikeEveryOtherTool() {
        SyncInstancesTool.Result plan = both.call(tool, Map.of("source_instance", "lab", "instance_name", "standby"));

        assertThat(plan.targetInstance()).isEqualTo("standby");
        assertThatThrownBy(() -> both.call(tool, Map.of("source_instance", "standby", "instance_name", "standby",
                        "target_instance", "lab")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("target_instance");
    }

    @Test
    void shouldNameTheKnownInstancesWhenOneIsUnknown() {
        assertThatThrownBy(() -> both.call(tool, Map.of("source_instance", "lab", "target_instance", "backup")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("backup");
    }

    @Test
    void shouldRefuseToApplyInReadOnlyModeAndSendNothing() {
        assertThatThrownBy(() -> both.callReadOnly(tool, Map.of("source_instance", "lab",
                        "target_instance", "standby", "dry_run", false)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("read-only");
        assertThat(writes(standby)).isZero();
    }

    /** The instance's document after a round trip through its JSON form, as export_config hands it out. */
    private ConfigDocument export(String instance) {
        ConfigDocument document = ConfigExporter.export(InstanceState.read(registry.resolve(Optional.of(instance))),
                Set.of(), Instant.now());
        ConfigCodec codec = new ConfigCodec();
        return codec.read(codec.write(document, ConfigFormat.JSON));
    }

    /** The document as a person compares two instances: without where and when it was exported. */
    private static ConfigDocument comparable(ConfigDocument read) {
        return new ConfigDocument(read.format(), read.version(), "", new ConfigSource("", ""), List.of(),
                read.certificates(), read.accessLists(), read.proxyHosts(), read.redirectionHosts(), read.deadHosts(),
                read.streams(), read.settings());
    }

    /** The certificates the demo's hosts use, made on the target the way a user would before syncing. */
    private static void giveCertificatesTo(ToolFixture fixture) {
        CertificateApi api = new CertificateApi(fixture.client());
        api.create(new CertificateCreate.LetsEncrypt(List.of("cloud.example.net"), Optional.of("cloud.example.net"),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        int custom = api.create(new CertificateCreate.Custom("nas.home.lan")).id();
        TestCertificates.PemPair pair = TestCertificates.selfSigned("nas.home.lan", Duration.ofDays(365));
        api.upload(custom, new CustomCertificateFiles(pair.certificate(), pair.privateKey(), Optional.empty()));
    }

    private static String instance(String name, NpmSimulator sim, boolean isDefault) {
        return "{\"name\":\"" + name + "\",\"host\":\"" + sim.baseUri().getHost() + "\",\"port\":"
                + sim.baseUri().getPort() + ",\"username\":\"" + NpmSimulator.DEFAULT_ADMIN_EMAIL
                + "\",\"password\":\"${NPM_SECRET}\",\"default\":" + isDefault + "}";
    }

    /** Requests that change something (a login is not a change). */
    private static long writes(ToolFixture fixture) {
        return fixture.exchanges().stream()
                .filter(e -> !e.method().equals("GET") && !e.path().endsWith("/tokens"))
                .count();
    }

    private static ItemOutcome outcome(SyncInstancesTool.Result result, ResourceType type, String name) {
        return result.items().stream()
                .filter(i -> i.resourceType() == type && i.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + name + " in " + result.items()));
    }
}
