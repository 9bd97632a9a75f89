package dev.npmmcp.proxyhost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.NpmNotFoundException;
import dev.npmmcp.npm.NpmUnsupportedException;
import dev.npmmcp.simulator.AcmeMode;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimulatorSeed;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolFailure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** npm_manage_proxy_host against the simulated demo homelab: what the result says and what NPM received. */
class ManageProxyHostToolTest {

    private ToolFixture npm;
    private final ManageProxyHostTool tool = new ManageProxyHostTool();

    @AfterEach
    void stop() {
        if (npm != null) {
            npm.close();
        }
    }

    private ProxyHostApi proxyHosts() {
        return new ProxyHostApi(npm.client());
    }

    private ToolFixture demo() {
        npm = ToolFixture.demo();
        return npm;
    }

    @Test
    void shouldCreateAHostWithSeedNamesAndReadItBack() {
        demo();
        ManageProxyHostTool.Result result = npm.call(tool, Map.of("operation", "create",
                "domain_names", List.of("App.Example.net"), "forward_host", "10.0.0.5", "forward_port", 3000,
                "websocket_support", true, "block_exploits", true));

        assertThat(result.changed()).isTrue();
        assertThat(result.message()).contains("Created proxy host").contains("nginx is online");
        assertThat(result.host()).hasValueSatisfying(host -> {
            assertThat(host.domainNames()).containsExactly("app.example.net");
            assertThat(host.forward()).isEqualTo("http://10.0.0.5:3000");
            assertThat(host.allowWebsocketUpgrade()).isTrue();
        });
        JsonNode sent = npm.onlyBody("createProxyHost");
        assertThat(sent.get("allow_websocket_upgrade").asBoolean()).isTrue();
        assertThat(sent.get("forward_scheme").asText()).isEqualTo("http");
        assertThat(sent.has("websocket_support")).isFalse();
        assertThat(proxyHosts().list(Optional.of("app.example.net"), Set.of())).hasSize(1);
    }

    @Test
    void shouldAcceptNpmsOwnNamesAndRefuseATwinThatDisagrees() {
        demo();
        ManageProxyHostTool.Result result = npm.call(tool, Map.of("operation", "create",
                "domain_names", List.of("twin.example.net"), "forward_host", "10.0.0.6", "forward_port", 80,
                "certificate_id", 1, "ssl_certificate_id", 1, "ssl_forced", true, "hsts_enabled", true));
        assertThat(result.host().orElseThrow().sslForced()).isTrue();
        assertThat(result.host().orElseThrow().certificateId()).isEqualTo(1);

        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "update", "host_id", result.hostId(),
                        "force_ssl", true, "ssl_forced", false)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("force_ssl=true and ssl_forced=false contradict");
        assertThat(npm.sim().requestCount("updateProxyHost")).isZero();
    }

    /** 2.10 answers 200 {} (an object of nulls for access lists) for an unknown id: still "does not exist". */
    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldRefuseACertificateOrAccessListThatDoesNotExistBeforeCreating(NpmProfile profile) {
        npm = ToolFixture.demo(profile);
        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "create", "domain_names", List.of("x.lan"),
                        "forward_host", "10.0.0.7", "forward_port", 80, "ssl_certificate_id", 42)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("Certificate #42 does not exist on instance 'home'");
        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "create", "domain_names", List.of("x.lan"),
                        "forward_host", "10.0.0.7", "forward_port", 80, "access_list_id", 42)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("Access list #42 does not exist");
        assertThat(npm.sim().requestCount("createProxyHost")).isZero();
    }

    @Test
    void shouldReapplySslFlagsThatNpmDropsWhenItIssuesACertificateOnCreate() {
        demo();
        ManageProxyHostTool.Result result = npm.call(tool, Map.of("operation", "create",
                "domain_names", List.of("secure.example.net"), "forward_host", "10.0.0.8", "forward_port", 443,
                "forward_scheme", "https", "request_certificate", true, "force_ssl", true, "http2_support", true,
                "hsts_enabled", true));

        ProxyHost stored = proxyHosts().get(result.hostId(), Set.of());
        assertThat(stored.certificateId()).isPositive();
        assertThat(stored.sslForced()).isTrue();
        assertThat(stored.http2Support()).isTrue();
        assertThat(stored.hstsEnabled()).isTrue();
        assertThat(npm.onlyBody("createProxyHost").get("certificate_id").asText()).isEqualTo("new");
        JsonNode again = npm.onlyBody("updateProxyHost");
        assertThat(again.get("ssl_forced").asBoolean()).isTrue();
        assertThat(again.has("domain_names")).isFalse();
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("NPM dropped ssl_forced"));
        assertThat(result.host().orElseThrow().certificate()).isPresent();
        assertThat(npm.progress()).as("certbot can take a minute: the client is told it started and ended")
                .containsExactly("1/2 Requesting the certificate from Let's Encrypt (NPM runs certbot)",
                        "2/2 Let's Encrypt issued the certificate");
    }

    @ParameterizedTest
    @EnumSource(value = NpmProfile.class, names = {"V2_10", "V2_12"})
    void shouldSendTheLetsEncryptEmailInMetaOnOldNpmOrElseTheNpmUsersOwn(NpmProfile profile) {
        npm = ToolFixture.demo(profile);
        Map<String, Object> create = Map.of("operation", "create", "domain_names", List.of("legacy.example.net"),
                "forward_host", "10.0.0.9", "forward_port", 80, "request_certificate", true);

        ManageProxyHostTool.Result result = npm.call(tool, create);

        JsonNode meta = npm.onlyBody("createProxyHost").get("meta");
        assertThat(meta.get("letsencrypt_email").asText()).isEqualTo(NpmSimulator.DEFAULT_ADMIN_EMAIL);
        assertThat(meta.get("letsencrypt_agree").asBoolean()).isTrue();
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w)
                .contains("No letsencrypt_email was given", NpmSimulator.DEFAULT_ADMIN_EMAIL));

        Map<String, Object> withEmail = new java.util.HashMap<>(create);
        withEmail.put("domain_names", List.of("older.example.net"));
        withEmail.put("letsencrypt_email", "ops@example.net");
        npm.call(tool, withEmail);
        assertThat(npm.bodies("createProxyHost").getLast()).contains("\"letsencrypt_email\":\"ops@example.net\"");
    }

    @Test
    void shouldSayWhichHostNpmLeftBehindWhenLetsEncryptFails() {
        npm = ToolFixture.start(NpmSimulator.builder().seed(SimulatorSeed.DEMO).acme(AcmeMode.UNREACHABLE));

        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "create",
                        "domain_names", List.of("fails.example.net"), "forward_host", "10.0.0.10", "forward_port", 80,
                        "request_certificate", true)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("Let's Encrypt failed")
                .hasMessageContaining("already created proxy host")
                .satisfies(e -> assertThat(((ToolFailure) e).hint()).contains("request_certificate: true"));
        assertThat(proxyHosts().list(Optional.of("fails.example.net"), Set.of())).singleElement()
                .satisfies(host -> assertThat(host.certificateId()).isZero());
    }

    @Test
    void shouldReportAConfigNginxRejectsAfterTheWrite() {
        demo();
        ManageProxyHostTool.Result result = npm.call(tool, Map.of("operation", "create",
                "domain_names", List.of("broken.example.net"), "forward_host", "10.0.0.11", "forward_port", 80,
                "advanced_config", "no_such_directive 1;"));

        assertThat(result.host().orElseThrow().nginxOnline()).contains(false);
        assertThat(result.message()).contains("nginx REJECTED");
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("no_such_directive"));
    }

    @Test
    void shouldSendOnlyTheSettingsThatDiffer() {
        demo();
        ProxyHost cloud = host("cloud.example.net");

        ManageProxyHostTool.Result result = npm.call(tool, Map.of("operation", "update", "host_id", cloud.id(),
                "forward_port", 9090, "forward_host", cloud.forwardHost(), "force_ssl", true));

        assertThat(result.changedFields()).containsExactly("forward_port");
        assertThat(result.message()).startsWith("Updated proxy host #" + cloud.id() + " (cloud.example.net -> ")
                .contains(" on instance 'home': forward_port. nginx is online.");
        JsonNode sent = npm.onlyBody("updateProxyHost");
        assertThat(sent.size()).isEqualTo(1);
        assertThat(sent.get("forward_port").asInt()).isEqualTo(9090);
        assertThat(proxyHosts().get(cloud.id(), Set.of()).forwardPort()).isEqualTo(9090);
    }

    @Test
    void shouldSendNothingWhenTheHostAlreadyHasTheSettings() {
        demo();
        ProxyHost cloud = host("cloud.example.net");

        ManageProxyHostTool.Result result = npm.call(tool, Map.of("operation", "update", "host_id", cloud.id(),
                "forward_port", cloud.forwardPort(), "domain_names", List.of("CLOUD.example.net")));

        assertThat(result.changed()).isFalse();
        assertThat(result.message()).contains("already has these settings");
        assertThat(npm.sim().requestCount("updateProxyHost")).isZero();
    }

    @Test
    void shouldReplaceTheLocationsOnUpdate() {
        demo();
        ProxyHost media = host("media.example.net");

        npm.call(tool, Map.of("operation", "update", "host_id", media.id(), "locations", List.of(
                Map.of("path", "/stream", "forward_scheme", "http", "forward_host", "192.168.1.32",
                        "forward_port", 8098, "forward_path", "/v2"))));

        assertThat(proxyHosts().get(media.id(), Set.of()).locations()).singleElement().satisfies(location -> {
            assertThat(location.path()).isEqualTo("/stream");
            assertThat(location.forwardPath()).contains("/v2");
        });
    }

    @Test
    void shouldRefuseTrustForwardedProtoWhereNpmDoesNotKnowIt() {
        npm = ToolFixture.demo(NpmProfile.V2_13);
        ProxyHost cloud = host("cloud.example.net");

        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "update", "host_id", cloud.id(),
                        "trust_forwarded_proto", true)))
                .isInstanceOf(NpmUnsupportedException.class)
                .hasMessageContaining("trust_forwarded_proto needs NPM 2.14");
        assertThat(npm.sim().requestCount("updateProxyHost")).isZero();
    }

    @Test
    void shouldSetTrustForwardedProtoWhereNpmSupportsIt() {
        demo();
        ProxyHost cloud = host("cloud.example.net");

        ManageProxyHostTool.Result result = npm.call(tool, Map.of("operation", "update", "host_id", cloud.id(),
                "trust_forwarded_proto", true));

        assertThat(result.host().orElseThrow().trustForwardedProto()).contains(true);
    }

    @Test
    void shouldAskForConfirmationBeforeDeleting() {
        demo();
        ProxyHost nas = host("nas.home.lan");

        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "delete", "host_id", nas.id())))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("needs the user's confirmation")
                .hasMessageContaining("nas.home.lan");
        assertThat(npm.sim().requestCount("deleteProxyHost")).isZero();

        ManageProxyHostTool.Result result = npm.call(tool, Map.of("operation", "delete", "host_id", nas.id(),
                "confirm", true));

        assertThat(result.message()).contains("Deleted proxy host").contains("certificate #" + nas.certificateId()
                + " was kept");
        assertThat(result.host()).isEmpty();
        assertThatThrownBy(() -> proxyHosts().get(nas.id(), Set.of())).isInstanceOf(NpmNotFoundException.class);
    }

    @Test
    void shouldTreatDisablingADisabledHostAsDone() {
        demo();
        ProxyHost cloud = host("cloud.example.net");

        ManageProxyHostTool.Result first = npm.call(tool, Map.of("operation", "disable", "host_id", cloud.id()));
        ManageProxyHostTool.Result second = npm.call(tool, Map.of("operation", "disable", "host_id", cloud.id()));

        assertThat(first.changed()).isTrue();
        assertThat(first.host().orElseThrow().enabled()).isFalse();
        // NPM keeps the nginx_online of the enabled host: it says nothing about a disabled one
        assertThat(first.message()).endsWith(" on instance 'home' is now disabled.");
        assertThat(second.changed()).isFalse();
        assertThat(second.message()).contains("was already disabled");
        assertThat(npm.sim().requestCount("disableProxyHost")).isEqualTo(1);

        ManageProxyHostTool.Result enabled = npm.call(tool, Map.of("operation", "enable", "host_id", cloud.id()));
        assertThat(enabled.changed()).isTrue();
        assertThat(proxyHosts().get(cloud.id(), Set.of()).enabled()).isTrue();
    }

    @Test
    void shouldChangeNothingInReadOnlyMode() {
        demo();
        assertThatThrownBy(() -> npm.callReadOnly(tool, Map.of("operation", "create", "domain_names", List.of("ro.lan"),
                        "forward_host", "10.0.0.12", "forward_port", 80)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("read-only mode");
        assertThatThrownBy(() -> npm.callReadOnly(tool, Map.of("operation", "delete", "host_id", 1, "confirm", true)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("read-only mode");
        assertThat(npm.sim().requestCounts()).doesNotContainKeys("createProxyHost", "deleteProxyHost");
    }

    @Test
    void shouldNameWhatIsMissingOrOutOfPlace() {
        demo();
        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "create", "domain_names", List.of("a.lan"))))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("create needs forward_host, forward_port");
        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "update", "forward_port", 81)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("update needs host_id");
        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "enable", "host_id", 1, "force_ssl", true)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("enable takes only host_id, not force_ssl");
        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "create", "domain_names", List.of("a.lan"),
                        "forward_host", "h", "forward_port", 70000)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("forward_port must be between 1 and 65535");
        assertThat(npm.sim().requestCounts()).doesNotContainKeys("createProxyHost", "updateProxyHost",
                "enableProxyHost");
    }

    private ProxyHost host(String domain) {
        return proxyHosts().list(Optional.of(domain), Set.of()).getFirst();
    }
}
