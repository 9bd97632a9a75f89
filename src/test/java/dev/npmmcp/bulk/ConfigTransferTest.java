package dev.npmmcp.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.npmmcp.bulk.config.Action;
import dev.npmmcp.bulk.config.ConfigCodec;
import dev.npmmcp.bulk.config.ConfigDocument;
import dev.npmmcp.bulk.config.ConfigSource;
import dev.npmmcp.bulk.config.ItemOutcome;
import dev.npmmcp.bulk.config.ResourceType;
import dev.npmmcp.bulk.config.Status;
import dev.npmmcp.certificate.CertificateApi;
import dev.npmmcp.certificate.CertificateCreate;
import dev.npmmcp.certificate.CustomCertificateFiles;
import dev.npmmcp.proxyhost.ProxyHost;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.proxyhost.ProxyHostCreate;
import dev.npmmcp.redirection.RedirectionHostApi;
import dev.npmmcp.redirection.RedirectionHostCreate;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import dev.npmmcp.testing.TestCertificates;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * export_config and import_config between two simulated instances: A holds the demo homelab, B starts empty.
 * The demo's nas.home.lan is behind access list lan-only (user family) with a custom certificate; cloud.example.net
 * uses a Let's Encrypt certificate.
 */
class ConfigTransferTest {

    private final BulkOperationsTool tool = new BulkOperationsTool();
    private final ObjectMapper json = new ObjectMapper();
    private ToolFixture a;
    private ToolFixture b;

    @BeforeEach
    void start() {
        a = ToolFixture.start(NpmSimulator.builder().seed(SimulatorSeed.DEMO));
        b = ToolFixture.start(NpmSimulator.builder()
                .admin(NpmSimulator.DEFAULT_ADMIN_EMAIL, NpmSimulator.DEFAULT_ADMIN_PASSWORD));
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
    }

    @Test
    void shouldRoundTripAnInstanceIntoAnEmptyOneModuloIdsAndTimestamps() throws Exception {
        String exported = export(a, "json");
        giveCertificatesTo(b);

        BulkOperationsTool.Result imported = b.call(tool, Map.of("operation", "import_config",
                "import_data", withPassword(exported, "lan-only", "family", "new-door"), "dry_run", false));

        assertThat(imported.instance()).isEqualTo("home");
        assertThat(imported.counts().failed()).isZero();
        assertThat(imported.counts().unresolved()).isZero();
        assertThat(imported.counts().byAction()).containsEntry("create", 7);
        assertThat(comparable(export(b, "yaml"))).isEqualTo(comparable(exported));
        // The access list is created before the host that uses it, and the host refers to it by B's id.
        List<String> order = b.exchanges().stream().map(e -> e.operationId())
                .filter(o -> o.equals("createAccessList") || o.equals("createProxyHost")).toList();
        assertThat(order).first().isEqualTo("createAccessList");

        BulkOperationsTool.Result again = b.call(tool, Map.of("operation", "import_config", "import_data", exported,
                "dry_run", false));
        assertThat(again.counts().unchanged()).isEqualTo(again.counts().total());
        assertThat(again.message()).contains("Nothing to change");
    }

    @Test
    void shouldPlanWithoutChangingAnythingByDefault() {
        String exported = export(a, "json");

        BulkOperationsTool.Result plan = b.call(tool, Map.of("operation", "import_config", "import_data", exported));

        assertThat(plan.dryRun()).isTrue();
        assertThat(nonGetRequests(b)).isZero();
        assertThat(outcome(plan, ResourceType.PROXY_HOST, "media.example.net").status()).isEqualTo(Status.PLANNED);
        assertThat(outcome(plan, ResourceType.CERTIFICATE, "cloud.example.net").status())
                .isEqualTo(Status.UNRESOLVED);
        ItemOutcome cloud = outcome(plan, ResourceType.PROXY_HOST, "cloud.example.net");
        assertThat(cloud.status()).isEqualTo(Status.UNRESOLVED);
        assertThat(cloud.reason()).hasValueSatisfying(r -> assertThat(r).contains("certificate", "plain HTTP"));
        ItemOutcome list = outcome(plan, ResourceType.ACCESS_LIST, "lan-only");
        assertThat(list.status()).isEqualTo(Status.UNRESOLVED);
        assertThat(list.reason()).hasValueSatisfying(r -> assertThat(r).contains("family", "password"));
        assertThat(outcome(plan, ResourceType.SETTING, "default-site").status()).isEqualTo(Status.UNCHANGED);
    }

    @Test
    void shouldImportWhatItCanAndHoldBackHostsWhoseCertificateOrListIsMissing() {
        String exported = export(a, "json");

        BulkOperationsTool.Result result = b.call(tool, Map.of("operation", "import_config", "import_data", exported,
                "dry_run", false, "batch_size", 5));

        assertThat(result.counts().failed()).isZero();
        assertThat(new ProxyHostApi(b.client()).list(Optional.empty(), Set.of()))
                .extracting(h -> h.domainNames().get(0)).containsExactly("media.example.net");
        ProxyHost media = new ProxyHostApi(b.client()).list(Optional.empty(), Set.of()).get(0);
        assertThat(media.locations()).singleElement().satisfies(l -> assertThat(l.forwardHost())
                .isEqualTo("192.168.1.31"));
        assertThat(b.sim().requestCount("createRedirectionHost")).isEqualTo(1);
        assertThat(b.sim().requestCount("create404Host")).isEqualTo(1);
        assertThat(b.sim().requestCount("createStream")).isEqualTo(1);
        assertThat(b.sim().requestCount("createAccessList")).isZero();
        assertThat(b.sim().requestCount("createCertificate")).isZero();
    }

    @Test
    void shouldShowFieldChangesAndSendOnlyThem() throws Exception {
        String exported = export(a, "json");
        ObjectNode document = (ObjectNode) json.readTree(exported);
        ((ObjectNode) document.at("/proxy_hosts").get(1)).put("forward_port", 9000);
        ((ObjectNode) document.at("/proxy_hosts").get(1)).put("enabled", false);

        BulkOperationsTool.Result plan = a.call(tool, Map.of("operation", "import_config",
                "import_data", document.toString()));
        ItemOutcome media = outcome(plan, ResourceType.PROXY_HOST, "media.example.net");
        assertThat(media.action()).isEqualTo(Action.UPDATE);
        assertThat(media.changes()).extracting(c -> c.field(), c -> c.from(), c -> c.to())
                .containsExactlyInAnyOrder(tuple("forward_port", "8096", "9000"), tuple("enabled", "true", "false"));
        assertThat(plan.counts().byAction()).isEqualTo(Map.of("update", 1));

        a.call(tool, Map.of("operation", "import_config", "import_data", document.toString(), "dry_run", false));

        assertThat(a.sim().requestCount("updateProxyHost")).isEqualTo(1);
        assertThat(json.readTree(a.exchange("updateProxyHost").requestBody().orElseThrow()))
                .isEqualTo(json.readTree("{\"forward_port\":9000}"));
        assertThat(a.sim().requestCount("disableProxyHost")).isEqualTo(1);
    }

    @Test
    void shouldKeepStoredPasswordsAndAddOnlyNewUsersThatHaveOne() throws Exception {
        ObjectNode document = (ObjectNode) json.readTree(export(a, "json"));
        ArrayNode items = (ArrayNode) document.at("/access_lists/0/items");
        items.addObject().put("username", "kid").put("password", "kid-door");
        items.addObject().put("username", "guest");

        BulkOperationsTool.Result result = a.call(tool, Map.of("operation", "import_config",
                "import_data", document.toString(), "dry_run", false, "resource_types", List.of("access_list")));

        ItemOutcome list = outcome(result, ResourceType.ACCESS_LIST, "lan-only");
        assertThat(list.status()).isEqualTo(Status.DONE);
        assertThat(list.changes()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("items");
            assertThat(c.to()).isEqualTo("[\"family\",\"kid\"]");
        });
        assertThat(list.reason()).hasValueSatisfying(r -> assertThat(r).contains("guest", "password"));
        assertThat(json.readTree(a.exchange("updateAccessList").requestBody().orElseThrow()).get("items"))
                .isEqualTo(json.readTree("[{\"username\":\"family\",\"password\":\"\"},"
                        + "{\"username\":\"kid\",\"password\":\"kid-door\"}]"));
        assertThat(ToolJson.newMapper().writeValueAsString(result)).doesNotContain("kid-door");
        assertThat(tool.render(result).orElseThrow()).doesNotContain("kid-door");
    }

    @Test
    void shouldAskBeforeReplaceDeletesAndNameWhatGoes() {
        String exported = export(a, "json");
        giveCertificatesTo(b);
        new ProxyHostApi(b.client()).create(ProxyHostCreate.builder(List.of("extra.example.org"), "http",
                "10.0.0.9", 80).build());

        BulkOperationsTool.Result plan = b.call(tool, Map.of("operation", "import_config",
                "import_data", withPassword(exported, "lan-only", "family", "x-door"), "strategy", "replace"));
        assertThat(outcome(plan, ResourceType.PROXY_HOST, "extra.example.org").action()).isEqualTo(Action.DELETE);
        long before = nonGetRequests(b);

        assertThatThrownBy(() -> b.call(tool, Map.of("operation", "import_config",
                        "import_data", withPassword(exported, "lan-only", "family", "x-door"), "strategy", "replace",
                        "dry_run", false)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("extra.example.org")
                .hasMessageContaining("confirmation");
        assertThat(nonGetRequests(b)).isEqualTo(before);

        BulkOperationsTool.Result done = b.call(tool, Map.of("operation", "import_config",
                "import_data", withPassword(exported, "lan-only", "family", "x-door"), "strategy", "replace",
                "dry_run", false, "confirm", true));

        assertThat(outcome(done, ResourceType.PROXY_HOST, "extra.example.org").status()).isEqualTo(Status.DONE);
        assertThat(new ProxyHostApi(b.client()).list(Optional.empty(), Set.of())).hasSize(3);
    }

    @Test
    void shouldNotDeleteKindsTheDocumentLeavesOut() {
        String hostsOnly = b.call(tool, Map.of("operation", "export_config", "resource_types", List.of("stream")))
                .document().orElseThrow();

        BulkOperationsTool.Result plan = a.call(tool, Map.of("operation", "import_config", "import_data", hostsOnly,
                "strategy", "replace"));

        assertThat(plan.items()).extracting(ItemOutcome::resourceType, ItemOutcome::action)
                .containsExactly(tuple(ResourceType.STREAM, Action.DELETE));
    }

    @Test
    void shouldReportADomainAnotherKindOfHostHoldsAsAConflict() {
        new RedirectionHostApi(b.client()).create(RedirectionHostCreate.builder(List.of("media.example.net"), "https",
                301, "example.org").build());

        BulkOperationsTool.Result plan = b.call(tool, Map.of("operation", "import_config",
                "import_data", export(a, "json")));

        ItemOutcome media = outcome(plan, ResourceType.PROXY_HOST, "media.example.net");
        assertThat(media.status()).isEqualTo(Status.CONFLICT);
        assertThat(media.reason()).hasValueSatisfying(r -> assertThat(r).contains("redirection host #1"));
    }

    @Test
    void shouldRefuseToImportInReadOnlyMode() {
        assertThatThrownBy(() -> b.callReadOnly(tool, Map.of("operation", "import_config",
                        "import_data", export(a, "json"), "dry_run", false)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("read-only");
        assertThat(nonGetRequests(b)).isZero();
    }

    @Test
    void shouldExplainADocumentItCannotRead() {
        assertThatThrownBy(() -> b.call(tool, Map.of("operation", "import_config",
                        "import_data", "{\"format\":\"npm-mcp-config\",\"version\":1,\"proxy_hosts\":[{\"domain_names\":[]}]}")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("proxy_hosts[0]")
                .hasMessageContaining("domain_names");
        assertThatThrownBy(() -> b.call(tool, Map.of("operation", "import_config", "import_data", "version: 7")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("format");
    }

    @Test
    void shouldExportWithoutPasswordsKeysOrIds() throws Exception {
        BulkOperationsTool.Result result = a.call(tool, Map.of("operation", "export_config", "format", "yaml"));
        String document = result.document().orElseThrow();

        assertThat(document).doesNotContain("homelab-door", "PRIVATE KEY", "BEGIN CERTIFICATE", "certificate_id",
                "access_list_id", "created_on");
        assertThat(document).doesNotContainPattern("\\bid: \\d");
        assertThat(document).contains("format: npm-mcp-config", "access_list: lan-only", "passwords_exported: false");
        assertThat(result.message()).contains("3 proxy hosts");
        assertThat(nonGetRequests(a)).isZero();
        String text = tool.render(result).orElseThrow();
        assertThat(text).as("the message, then the document, whose notes are said once").startsWith(result.message())
                .endsWith(document);
        assertThat(result.notes()).isNotEmpty().allSatisfy(note -> assertThat(text.split(java.util.regex.Pattern.quote(
                note.substring(0, 40)), -1)).hasSize(2));
    }

    private String export(ToolFixture fixture, String format) {
        return fixture.call(tool, Map.of("operation", "export_config", "format", format)).document().orElseThrow();
    }

    /** The document as a person would compare two instances: without where and when it was exported. */
    private static ConfigDocument comparable(String document) {
        ConfigDocument read = new ConfigCodec().read(document);
        return new ConfigDocument(read.format(), read.version(), "", new ConfigSource("", ""), List.of(),
                read.certificates(), read.accessLists(), read.proxyHosts(), read.redirectionHosts(), read.deadHosts(),
                read.streams(), read.settings());
    }

    /** What a user does before importing into an instance that lacks the list: fills in the user's password. */
    private String withPassword(String document, String list, String user, String password) {
        try {
            JsonNode tree = json.readTree(document);
            for (JsonNode accessList : tree.get("access_lists")) {
                if (accessList.get("name").asText().equals(list)) {
                    for (JsonNode item : accessList.get("items")) {
                        if (item.get("username").asText().equals(user)) {
                            ((ObjectNode) item).put("password", password);
                        }
                    }
                }
            }
            return tree.toString();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The certificates the demo's hosts use, made on B the way a user would before importing. */
    private static void giveCertificatesTo(ToolFixture fixture) {
        CertificateApi api = new CertificateApi(fixture.client());
        api.create(new CertificateCreate.LetsEncrypt(List.of("cloud.example.net"), Optional.of("cloud.example.net"),
                Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        int custom = api.create(new CertificateCreate.Custom("nas.home.lan")).id();
        TestCertificates.PemPair pair = TestCertificates.selfSigned("nas.home.lan", Duration.ofDays(365));
        api.upload(custom, new CustomCertificateFiles(pair.certificate(), pair.privateKey(), Optional.empty()));
    }

    private static long nonGetRequests(ToolFixture fixture) {
        return fixture.exchanges().stream()
                .filter(e -> !e.method().equals("GET") && !e.path().endsWith("/tokens"))
                .count();
    }

    private static ItemOutcome outcome(BulkOperationsTool.Result result, ResourceType type, String name) {
        return result.items().stream()
                .filter(i -> i.resourceType() == type && i.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + name + " in " + result.items()));
    }
}
