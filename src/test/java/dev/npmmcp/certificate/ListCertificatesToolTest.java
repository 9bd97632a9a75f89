package dev.npmmcp.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolJson;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** npm_list_certificates against the simulator's demo homelab (a Let's Encrypt and a custom certificate). */
class ListCertificatesToolTest {

    private final ListCertificatesTool tool = new ListCertificatesTool();
    private ToolFixture fixture;

    @BeforeEach
    void start() {
        fixture = ToolFixture.demo();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldListCertificatesWithDaysLeftAndTheHostsUsingThem() throws Exception {
        ListCertificatesTool.Result result = fixture.call(tool, Map.of());

        assertThat(result.instance()).isEqualTo("home");
        assertThat(result.total()).isEqualTo(2);
        CertificateView letsEncrypt = byName(result, "cloud.example.net");
        assertThat(letsEncrypt.provider()).isEqualTo("letsencrypt");
        assertThat(letsEncrypt.daysLeft()).hasValueSatisfying(days -> assertThat(days).isBetween(59L, 61L));
        assertThat(letsEncrypt.status()).isEqualTo(CertificateView.Status.VALID);
        assertThat(letsEncrypt.usedBy()).extracting(HostRef::type, HostRef::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("proxy_host", "cloud.example.net"));
        CertificateView custom = byName(result, "nas.home.lan");
        assertThat(custom.provider()).isEqualTo("custom");
        assertThat(custom.usedBy()).extracting(HostRef::name).containsExactly("nas.home.lan");
        assertThat(result.certificates()).first().isEqualTo(letsEncrypt);
        assertThat(fixture.sim().requestCount("getProxyHosts")).isEqualTo(1);
    }

    @Test
    void shouldNeverPassOnCertificateFilesOrKeys() throws Exception {
        String json = ToolJson.newMapper().writeValueAsString(fixture.call(tool, Map.of()));

        assertThat(json).doesNotContain("PRIVATE KEY").doesNotContain("BEGIN CERTIFICATE");
    }

    @Test
    void shouldCountAsExpiringSoonWhatExpiresWithinTheThreshold() {
        ListCertificatesTool.Result defaultThreshold = fixture.call(tool, Map.of("expiring_soon", true));
        ListCertificatesTool.Result ninetyDays =
                fixture.call(tool, Map.of("expiring_soon", true, "days_threshold", 90));

        assertThat(defaultThreshold.certificates()).isEmpty();
        assertThat(defaultThreshold.expiringOrExpired()).isZero();
        assertThat(ninetyDays.certificates()).extracting(CertificateView::niceName)
                .containsExactly("cloud.example.net");
        assertThat(ninetyDays.certificates().getFirst().status()).isEqualTo(CertificateView.Status.EXPIRING_SOON);
    }

    @Test
    void shouldFilterByProviderAndDomain() {
        assertThat(fixture.call(tool, Map.of("provider", "custom")).certificates())
                .extracting(CertificateView::niceName).containsExactly("nas.home.lan");
        assertThat(fixture.call(tool, Map.of("domain", "CLOUD.example.net")).certificates())
                .extracting(CertificateView::niceName).containsExactly("cloud.example.net");
        assertThat(fixture.call(tool, Map.of("domain", "other.org")).certificates()).isEmpty();
    }

    @Test
    void shouldNameTheKnownInstancesForAnUnknownOne() {
        assertThatThrownBy(() -> fixture.call(tool, Map.of("instance_name", "office")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("office");
    }

    @Test
    void shouldRefuseANegativeThresholdNamingTheParameter() {
        assertThatThrownBy(() -> fixture.call(tool, Map.of("days_threshold", -1)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("days_threshold");
    }

    private static CertificateView byName(ListCertificatesTool.Result result, String name) {
        return result.certificates().stream().filter(c -> c.niceName().equals(name)).findFirst().orElseThrow();
    }
}
