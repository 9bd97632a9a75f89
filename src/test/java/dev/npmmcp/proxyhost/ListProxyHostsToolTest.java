package dev.npmmcp.proxyhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolFailure;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** npm_list_proxy_hosts against the simulated demo homelab (cloud, media, nas). */
class ListProxyHostsToolTest {

    private final ToolFixture npm = ToolFixture.demo();
    private final ListProxyHostsTool tool = new ListProxyHostsTool();

    @AfterEach
    void stop() {
        npm.close();
    }

    private ProxyHostApi proxyHosts() {
        return new ProxyHostApi(npm.client());
    }

    @Test
    void shouldListEveryHostCompactlyByDefault() {
        ListProxyHostsTool.Result result = npm.call(tool, Map.of());

        assertThat(result.instance()).isEqualTo(ToolFixture.INSTANCE);
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.hosts()).flatExtracting(ProxyHostSummary::domainNames)
                .containsExactlyInAnyOrder("cloud.example.net", "media.example.net", "nas.home.lan");
        ProxyHostSummary cloud = byDomain(result, "cloud.example.net");
        assertThat(cloud.forward()).isEqualTo("http://192.168.1.20:8080");
        assertThat(cloud.certificateId()).hasValueSatisfying(id -> assertThat(id).isPositive());
        ProxyHostSummary media = byDomain(result, "media.example.net");
        JsonNode plain = npm.json(media);
        assertThat(plain.has("certificate_id")).as("a compact entry leaves out a zero id").isFalse();
        assertThat(plain.has("access_list_id")).isFalse();
        assertThat(plain.has("nginx_online")).as("and nginx_online while nginx serves it").isFalse();
        JsonNode json = npm.json(cloud);
        assertThat(json.has("certificate_name")).isFalse();
        assertThat(json.has("ssl_forced")).isFalse();
        assertThat(npm.exchanges("getProxyHosts").getFirst().query()).doesNotContain("expand");
    }

    @Test
    void shouldAddNamesAndFlagsWhenNotCompact() {
        ListProxyHostsTool.Result result = npm.call(tool, Map.of("compact", false));

        ProxyHostSummary nas = byDomain(result, "nas.home.lan");
        assertThat(nas.certificateName()).contains("nas.home.lan");
        assertThat(nas.accessListName()).contains("lan-only");
        assertThat(nas.sslForced()).contains(true);
        assertThat(byDomain(result, "media.example.net").locationCount()).contains(1);
        assertThat(npm.exchanges("getProxyHosts").getFirst().query())
                .contains("expand=").contains("certificate").contains("access_list");
    }

    @Test
    void shouldFilterByDomainThroughNpmsQueryAndAgainLocally() {
        ListProxyHostsTool.Result result = npm.call(tool, Map.of("domain_filter", "Example.NET"));

        assertThat(result.hosts()).flatExtracting(ProxyHostSummary::domainNames)
                .containsExactlyInAnyOrder("cloud.example.net", "media.example.net");
        assertThat(npm.exchanges("getProxyHosts").getFirst().query()).contains("query=example.net");
    }

    @Test
    void shouldMatchWildcardFiltersSendingTheirLongestLiteralPiece() {
        ListProxyHostsTool.Result result = npm.call(tool, Map.of("domain_filter", "*.home.lan"));

        assertThat(result.hosts()).flatExtracting(ProxyHostSummary::domainNames).containsExactly("nas.home.lan");
        assertThat(npm.exchanges("getProxyHosts").getFirst().query()).contains("query=.home.lan");
    }

    @Test
    void shouldPageThroughTheMatchingHosts() {
        ListProxyHostsTool.Result first = npm.call(tool, Map.of("limit", 2));
        ListProxyHostsTool.Result second = npm.call(tool, Map.of("limit", 2, "page", 2));

        assertThat(first.hosts()).hasSize(2);
        assertThat(first.hasMore()).isTrue();
        assertThat(first.pages()).isEqualTo(2);
        assertThat(second.hosts()).hasSize(1);
        assertThat(second.hasMore()).isFalse();
        assertThat(first.hosts()).extracting(ProxyHostSummary::id)
                .doesNotContainAnyElementsOf(second.hosts().stream().map(ProxyHostSummary::id).toList());
    }

    @Test
    void shouldLeaveDisabledHostsOutWhenAskedForEnabledOnly() {
        int media = npm.call(tool, Map.of("domain_filter", "media")).hosts().getFirst().id();
        proxyHosts().disable(media);

        ListProxyHostsTool.Result result = npm.call(tool, Map.of("enabled_only", true));

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.hosts()).extracting(ProxyHostSummary::id).doesNotContain(media);
        assertThat(tool.render(npm.call(tool, Map.of())).orElseThrow()).contains("[disabled]");
    }

    @Test
    void shouldRefuseALimitOutsideItsRangeBeforeAskingNpm() {
        assertThatThrownBy(() -> npm.call(tool, Map.of("limit", 0)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("limit must be between 1 and 500");
        assertThatThrownBy(() -> npm.call(tool, Map.of("domain_filter", "**")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("domain_filter");
        assertThat(npm.sim().requestCount("getProxyHosts")).isZero();
    }

    @Test
    void shouldNameTheKnownInstancesForAnUnknownOne() {
        assertThatThrownBy(() -> npm.call(tool, Map.of("instance_name", "elsewhere")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("elsewhere");
    }

    private static ProxyHostSummary byDomain(ListProxyHostsTool.Result result, String domain) {
        return result.hosts().stream().filter(h -> h.domainNames().contains(domain)).findFirst().orElseThrow();
    }
}
