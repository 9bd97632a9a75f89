package dev.npmmcp.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.accesslist.ListAccessListsTool;
import dev.npmmcp.certificate.ListCertificatesTool;
import dev.npmmcp.deadhost.ListDeadHostsTool;
import dev.npmmcp.fleet.FleetQueryTool;
import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.proxyhost.GetProxyHostTool;
import dev.npmmcp.proxyhost.ListProxyHostsTool;
import dev.npmmcp.redirection.ListRedirectionsTool;
import dev.npmmcp.stream.ListStreamsTool;
import dev.npmmcp.system.GetSystemSettingsTool;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.Tool;
import dev.npmmcp.tool.ToolFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The npm:// resources and completions against the demo homelab on the simulator, through the real read tools. */
class NpmResourcesTest {

    private static final String HOME = ToolFixture.INSTANCE;
    private static final Map<String, Tool<?, ?>> TOOLS = Stream.<Tool<?, ?>>of(new FleetQueryTool(),
                    new ListProxyHostsTool(), new GetProxyHostTool(), new ListCertificatesTool(),
                    new ListAccessListsTool(), new ListRedirectionsTool(), new ListDeadHostsTool(),
                    new ListStreamsTool(), new GetSystemSettingsTool())
            .collect(Collectors.toMap(Tool::name, Function.identity()));

    private final ToolFixture fixture = ToolFixture.demo();
    private final NpmResources resources = NpmResources.standard(() -> List.of(HOME));
    private final Completions completions = new Completions(resources);
    private final List<String> toolsRun = new ArrayList<>();

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Runs a tool the way the server would, its failures reported as the server's adapter reports them. */
    private JsonNode run(String name, Map<String, Object> arguments) {
        toolsRun.add(name);
        try {
            return fixture.callJson(TOOLS.get(name), arguments);
        } catch (ToolFailure | NpmApiException failure) {
            throw new ResourceFailure(ResourceFailure.Kind.FAILED, failure.getMessage());
        }
    }

    private JsonNode read(String uri) {
        return resources.read(uri, this::run);
    }

    @Test
    void shouldOfferATemplatePerKindOfObjectEachBackedByAReadTool() {
        assertThat(resources.templates()).extracting(NpmResource::uriTemplate).contains(
                "npm://{instance}", "npm://{instance}/proxy-hosts", "npm://{instance}/proxy-hosts/{id}",
                "npm://{instance}/certificates", "npm://{instance}/certificates/{id}",
                "npm://{instance}/access-lists", "npm://{instance}/access-lists/{id}", "npm://{instance}/settings/{id}");
        assertThat(resources.templates()).allSatisfy(template -> assertThat(TOOLS).containsKey(template.tool()));
    }

    @Test
    void shouldReadAnInstanceOverviewWithItsCountsAndRelatedResources() {
        JsonNode overview = read("npm://home");
        JsonNode hosts = read("npm://home/proxy-hosts");
        assertThat(overview.path("instance").asText()).isEqualTo(HOME);
        assertThat(overview.path("status").asText()).isEqualTo("ok");
        assertThat(overview.path("version").asText()).isNotBlank();
        assertThat(overview.path("proxy_hosts").asInt()).isEqualTo(hosts.path("total").asInt()).isPositive();
        assertThat(overview.path("resources").toString()).contains("npm://home/certificates");
    }

    @Test
    void shouldReadAProxyHostByIdAsNpmGetProxyHostShowsIt() {
        JsonNode first = read("npm://home/proxy-hosts").path("hosts").path(0);
        JsonNode host = read("npm://home/proxy-hosts/" + first.path("id").asInt());
        assertThat(host.path("host").path("id").asInt()).isEqualTo(first.path("id").asInt());
        assertThat(host.path("host").path("domain_names")).isEqualTo(first.path("domain_names"));
    }

    @Test
    void shouldPickACertificateAndAnAccessListOutOfTheirLists() {
        JsonNode certificate = read("npm://home/certificates").path("certificates").path(0);
        assertThat(read("npm://home/certificates/" + certificate.path("id").asInt())).isEqualTo(certificate);
        JsonNode list = read("npm://home/access-lists").path("access_lists").path(0);
        assertThat(read("npm://home/access-lists/" + list.path("id").asInt())).isEqualTo(list);
        assertThat(read("npm://home/settings/default-site").path("id").asText()).isEqualTo("default-site");
    }

    @Test
    void shouldSayWhatIsMissingAndWhereToLook() {
        assertThatThrownBy(() -> read("npm://office/proxy-hosts"))
                .isInstanceOfSatisfying(ResourceFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(ResourceFailure.Kind.NOT_FOUND);
                    assertThat(failure).hasMessageContaining("No NPM instance is named 'office'")
                            .hasMessageContaining("Configured: home");
                });
        assertThatThrownBy(() -> read("npm://home/certificates/9999"))
                .isInstanceOfSatisfying(ResourceFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(ResourceFailure.Kind.NOT_FOUND);
                    assertThat(failure).hasMessage("Instance 'home' has no certificate with id 9999. Read"
                            + " npm://home/certificates for the ids it has.");
                });
        assertThatThrownBy(() -> read("npm://home/proxy-hosts/9999"))
                .isInstanceOfSatisfying(ResourceFailure.class, failure -> {
                    assertThat(failure.kind()).isEqualTo(ResourceFailure.Kind.NOT_FOUND);
                    assertThat(failure).hasMessage("Instance 'home' has no proxy host with id 9999. Read"
                            + " npm://home/proxy-hosts for the ids it has.");
                });
        assertThatThrownBy(() -> read("npm://home/proxy-hosts/abc"))
                .isInstanceOfSatisfying(ResourceFailure.class,
                        failure -> assertThat(failure).hasMessageContaining("'abc' is not a proxy host id"));
        assertThatThrownBy(() -> read("https://home/proxy-hosts"))
                .isInstanceOfSatisfying(ResourceFailure.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ResourceFailure.Kind.NOT_FOUND));
    }

    @Test
    void shouldReportAFailingNpmAsAFailureNotAsMissing() {
        fixture.sim().close();
        assertThatThrownBy(() -> read("npm://home/proxy-hosts/1"))
                .isInstanceOfSatisfying(ResourceFailure.class,
                        failure -> assertThat(failure.kind()).isEqualTo(ResourceFailure.Kind.FAILED));
    }

    @Test
    void shouldCompleteInstanceNamesWithoutAskingNpm() {
        Completions two = new Completions(NpmResources.standard(() -> List.of("home", "hq", "office")));
        assertThat(two.forResource("npm://{instance}/proxy-hosts", "instance", "H", Map.of(), this::run).values())
                .containsExactly("home", "hq");
        assertThat(two.forPrompt("target_instance", "o", Map.of(), this::run).values()).containsExactly("office");
        assertThat(toolsRun).isEmpty();
    }

    @Test
    void shouldCompleteIdsByPrefixFromTheInstanceInContext() {
        List<String> ids = new ArrayList<>();
        read("npm://home/proxy-hosts").path("hosts").forEach(host -> ids.add(host.path("id").asText()));
        Completion all = completions.forResource(
                "npm://{instance}/proxy-hosts/{id}", "id", "", Map.of("instance", HOME), this::run);
        assertThat(all.values()).containsExactlyElementsOf(ids);
        assertThat(all.total()).isEqualTo(ids.size());
        assertThat(all.hasMore()).isFalse();
        String first = ids.getFirst();
        assertThat(completions.forResource("npm://{instance}/proxy-hosts/{id}", "id", first, Map.of("instance", HOME),
                this::run).values()).contains(first).allSatisfy(id -> assertThat(id).startsWith(first));
        assertThat(completions.forResource("npm://{instance}/settings/{id}", "id", "def", Map.of(), this::run)
                .values()).containsExactly("default-site");
    }

    @Test
    void shouldCompletePromptArgumentsFromNpm() {
        JsonNode hosts = read("npm://home/proxy-hosts");
        String domain = hosts.path("hosts").path(0).path("domain_names").path(0).asText();
        assertThat(completions.forPrompt("domain_pattern", domain.substring(0, 2), Map.of("source_instance", HOME),
                this::run).values()).contains(domain);
        String list = read("npm://home/access-lists").path("access_lists").path(0).path("name").asText();
        assertThat(completions.forPrompt("access_list", "", Map.of(), this::run).values()).contains(list);
        assertThat(completions.forPrompt("forward_host", "", Map.of(), this::run).values()).isEmpty();
    }

    @Test
    void shouldCompleteNothingWhenNpmCannotAnswer() {
        fixture.sim().close();
        assertThat(completions.forResource("npm://{instance}/certificates/{id}", "id", "", Map.of(), this::run))
                .isEqualTo(Completion.none());
        assertThat(completions.forPrompt("access_list", "", Map.of("instance_name", "nowhere"), this::run))
                .isEqualTo(Completion.none());
    }

    @Test
    void shouldCapCompletionsAtOneHundredAndSayHowManyMatched() {
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 250).mapToObj(i -> "host-" + i).toList();
        Completion capped = Completion.matching(many, "HOST-");
        assertThat(capped.values()).hasSize(100).first().isEqualTo("host-1");
        assertThat(capped.total()).isEqualTo(250);
        assertThat(capped.hasMore()).isTrue();
        assertThat(Completion.matching(many, "host-25").values()).containsExactly("host-25", "host-250");
    }
}
