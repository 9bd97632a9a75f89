package dev.npmmcp.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.accesslist.AccessList;
import dev.npmmcp.accesslist.AccessListApi;
import dev.npmmcp.accesslist.AccessListCreate;
import dev.npmmcp.accesslist.AccessListRule;
import dev.npmmcp.accesslist.AccessListUser;
import dev.npmmcp.certificate.Certificate;
import dev.npmmcp.certificate.CertificateApi;
import dev.npmmcp.certificate.CertificateCreate;
import dev.npmmcp.npm.CertificateChoice;
import dev.npmmcp.npm.TestPki;
import dev.npmmcp.proxyhost.ProxyHost;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.proxyhost.ProxyHostCreate;
import dev.npmmcp.proxyhost.ProxyHostUpdate;
import dev.npmmcp.simulator.AcmeMode;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.npm.NpmNotFoundException;
import dev.npmmcp.testing.ToolFixture;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * npm_diagnose_host against a simulator with NPM's front door: a host behind a list with a user, a certificate and
 * force-SSL, an upstream listening on loopback. The front door is where a host whose access rules NPM dropped shows.
 */
class DiagnoseHostToolTest {

    /** Resolved from /etc/hosts, so the DNS check asks no resolver: tests send nothing off this machine. */
    private static final String NAME = "localhost";

    private final DiagnoseHostTool tool = new DiagnoseHostTool();
    private ToolFixture fixture;
    private ServerSocket upstream;
    private ProxyHost host;

    @BeforeEach
    void start() throws Exception {
        fixture = ToolFixture.start(NpmSimulator.builder().acme(AcmeMode.PRIVATE_CA)
                .admin(NpmSimulator.DEFAULT_ADMIN_EMAIL, NpmSimulator.DEFAULT_ADMIN_PASSWORD)
                .frontDoor(Optional.of(TestPki.rsa(NAME, NAME).serverContext())));
        upstream = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        AccessList list = new AccessListApi(fixture.client()).create(AccessListCreate.of("office",
                List.of(new AccessListUser("ops", "a-long-secret-1")), List.of()));
        Certificate certificate = new CertificateApi(fixture.client())
                .create(CertificateCreate.LetsEncrypt.http(List.of(NAME), Optional.of("ops@example.net")));
        host = new ProxyHostApi(fixture.client()).create(ProxyHostCreate.builder(List.of(NAME), "http", "127.0.0.1",
                        upstream.getLocalPort())
                .certificateId(CertificateChoice.existing(certificate.id()))
                .accessListId(list.id())
                .sslForced(true)
                .build());
    }

    @AfterEach
    void stop() throws Exception {
        upstream.close();
        fixture.close();
    }

    private DiagnoseHostTool.Result diagnose() {
        return fixture.call(tool, Map.of("domain", NAME,
                "front_door_http_port", fixture.sim().frontDoorHttpPort().orElseThrow(),
                "front_door_https_port", fixture.sim().frontDoorHttpsPort().orElseThrow()));
    }

    private static DiagnoseHostTool.Finding finding(DiagnoseHostTool.Result result, String check) {
        return result.findings().stream().filter(f -> f.check().equals(check)).findFirst().orElseThrow();
    }

    @Test
    void shouldFindAHealthyProtectedHostHealthy() {
        DiagnoseHostTool.Result result = diagnose();

        assertThat(result.verdict()).as(result.findings().toString()).isEqualTo("ok");
        assertThat(finding(result, "front door: access list enforced").status()).isEqualTo("ok");
        assertThat(finding(result, "front door: HTTP to HTTPS").status()).isEqualTo("ok");
        assertThat(finding(result, "front door: certificate served").detail()).contains(NAME);
        assertThat(finding(result, "front door: upstream through NPM").status()).isEqualTo("unknown");
        assertThat(finding(result, "upstream reachable from this server").status()).isEqualTo("ok");
        assertThat(finding(result, "DNS").status()).isEqualTo("ok");
        assertThat(fixture.schemaErrors(tool, result)).isEmpty();
    }

    @Test
    void shouldFindTheAccessRulesNpmDroppedWhenTheHostWasEnabledAndSayHowToRepair() {
        ProxyHostApi hosts = new ProxyHostApi(fixture.client());
        hosts.disable(host.id());
        hosts.enable(host.id());

        DiagnoseHostTool.Result dropped = diagnose();

        assertThat(dropped.verdict()).isEqualTo("problems");
        DiagnoseHostTool.Finding rules = finding(dropped, "front door: access list enforced");
        assertThat(rules.status()).isEqualTo("fail");
        assertThat(rules.detail()).contains("NOT enforced", "without credentials");
        assertThat(rules.nextStep()).hasValueSatisfying(next -> assertThat(next)
                .contains("update host_id=" + host.id()));

        hosts.update(host.id(), ProxyHostUpdate.builder().accessListId(host.accessListId()).build());
        assertThat(finding(diagnose(), "front door: access list enforced").status()).isEqualTo("ok");
    }

    @Test
    void shouldFindAnIpListNotEnforcedFromOutsideIt() {
        AccessList ipOnly = new AccessListApi(fixture.client()).create(AccessListCreate.of("lan", List.of(),
                List.of(new AccessListRule("192.168.0.0/16", "allow"))));
        ProxyHostApi hosts = new ProxyHostApi(fixture.client());
        hosts.update(host.id(), ProxyHostUpdate.builder().accessListId(ipOnly.id()).build());
        assertThat(finding(diagnose(), "front door: access list enforced").status()).isEqualTo("ok");

        hosts.disable(host.id());
        hosts.enable(host.id());
        assertThat(finding(diagnose(), "front door: access list enforced").status()).isEqualTo("fail");
    }

    @Test
    void shouldSayNginxCannotReachADownUpstream() throws Exception {
        new ProxyHostApi(fixture.client()).update(host.id(), ProxyHostUpdate.builder().accessListId(0).build());
        upstream.close();

        DiagnoseHostTool.Result result = diagnose();

        assertThat(finding(result, "front door: upstream through NPM").status()).isEqualTo("fail");
        assertThat(finding(result, "front door: upstream through NPM").detail()).contains("502");
        assertThat(finding(result, "upstream reachable from this server").status()).isEqualTo("warn");
    }

    @Test
    void shouldSayWhatItCouldNotCheckWhenTheFrontDoorIsClosed() {
        DiagnoseHostTool.Result result = fixture.call(tool, Map.of("host_id", host.id(),
                "front_door_http_port", 1, "front_door_https_port", 2, "timeout_seconds", 2, "local_checks", false));

        assertThat(result.findings()).filteredOn(f -> f.check().startsWith("front door"))
                .allSatisfy(f -> assertThat(f.status()).isEqualTo("unknown"));
    }

    @Test
    void shouldTakeTheHostByIdFromTheListItReadsForClaimsAndLetNpmSayWhenItIsMissing() {
        int gets = fixture.sim().requestCount("getProxyHost");
        fixture.call(tool, Map.of("host_id", host.id(), "front_door_http_port", 1, "front_door_https_port", 2,
                "timeout_seconds", 2, "local_checks", false));
        assertThat(fixture.sim().requestCount("getProxyHost")).as("no GET for a host the list holds").isEqualTo(gets);

        assertThatThrownBy(() -> fixture.call(tool, Map.of("host_id", 9999, "local_checks", false)))
                .isInstanceOf(NpmNotFoundException.class);
    }
}
