package dev.npmmcp.proxyhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.npm.NpmNotFoundException;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** npm_get_proxy_host against the simulated demo homelab. */
class GetProxyHostToolTest {

    private final ToolFixture npm = ToolFixture.demo();
    private final GetProxyHostTool tool = new GetProxyHostTool();

    @AfterEach
    void stop() {
        npm.close();
    }

    private ProxyHostApi proxyHosts() {
        return new ProxyHostApi(npm.client());
    }

    @Test
    void shouldShowAHostWithItsCertificateAndAccessListByName() {
        int nas = idOf("nas.home.lan");

        GetProxyHostTool.Result result = npm.call(tool, Map.of("host_id", nas));

        ProxyHostView host = result.host();
        assertThat(result.instance()).isEqualTo(ToolFixture.INSTANCE);
        assertThat(host.forward()).isEqualTo("https://192.168.1.10:5001");
        assertThat(host.certificate()).hasValueSatisfying(c -> {
            assertThat(c.niceName()).isEqualTo("nas.home.lan");
            assertThat(c.provider()).isEqualTo("other");
        });
        assertThat(host.accessList()).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("lan-only"));
        assertThat(host.nginxOnline()).contains(true);
        assertThat(result.warnings()).isEmpty();
        assertThat(npm.json(result).toString()).doesNotContain("PRIVATE KEY").doesNotContain("certificate_key");
    }

    @Test
    void shouldFindAHostByADomainItServesIgnoringCase() {
        GetProxyHostTool.Result result = npm.call(tool, Map.of("domain_name", "MEDIA.example.net"));

        assertThat(result.host().domainNames()).containsExactly("media.example.net");
        assertThat(result.host().locations()).singleElement().satisfies(location -> {
            assertThat(location.path()).isEqualTo("/api");
            assertThat(location.forward()).isEqualTo("http://192.168.1.31:8097");
        });
        assertThat(npm.exchanges("getProxyHosts").getFirst().query()).contains("query=media.example.net");
    }

    @Test
    void shouldFindTheWildcardHostCoveringADomain() {
        proxyHosts().create(ProxyHostCreate.builder(List.of("*.apps.example.net"), "http", "10.0.0.9", 80)
                .build());

        GetProxyHostTool.Result result = npm.call(tool, Map.of("domain_name", "wiki.apps.example.net"));

        assertThat(result.host().domainNames()).containsExactly("*.apps.example.net");
    }

    @Test
    void shouldSayWhenNoHostServesADomain() {
        assertThatThrownBy(() -> npm.call(tool, Map.of("domain_name", "nothing.example.org")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("No proxy host on instance 'home' serves nothing.example.org");
    }

    @Test
    void shouldWarnAboutACertificateDeletedUnderTheHost() {
        int nas = idOf("nas.home.lan");
        int certificate = proxyHosts().get(nas, Set.of()).certificateId();
        npm.client().send(NpmRequest.delete("deleteCertificate", "/nginx/certificates/" + certificate));

        GetProxyHostTool.Result result = npm.call(tool, Map.of("host_id", nas));

        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("certificate_id " + certificate)
                .contains("no longer exists"));
    }

    @Test
    void shouldReportNginxRejectingTheHostsConfig() {
        int media = idOf("media.example.net");
        proxyHosts().update(media, ProxyHostUpdate.builder().advancedConfig("bogus_directive on;").build());

        GetProxyHostTool.Result result = npm.call(tool, Map.of("host_id", media));

        assertThat(result.host().nginxOnline()).contains(false);
        assertThat(result.host().nginxErr()).hasValueSatisfying(e -> assertThat(e).contains("bogus_directive"));
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).startsWith("nginx rejected"));
    }

    @Test
    void shouldRequireExactlyOneOfIdAndDomain() {
        assertThatThrownBy(() -> npm.call(tool, Map.of()))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("exactly one of host_id or domain_name");
        assertThatThrownBy(() -> npm.call(tool, Map.of("host_id", 1, "domain_name", "a.b")))
                .isInstanceOf(ToolFailure.class);
    }

    @Test
    void shouldPassOnNpmsNotFoundForAnUnknownId() {
        assertThatThrownBy(() -> npm.call(tool, Map.of("host_id", 999)))
                .isInstanceOf(NpmNotFoundException.class);
    }

    private int idOf(String domain) {
        return proxyHosts().list(Optional.of(domain), Set.of()).getFirst().id();
    }
}
