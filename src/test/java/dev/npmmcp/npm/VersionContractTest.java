package dev.npmmcp.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.certificate.CertificateApi;
import dev.npmmcp.certificate.CertificateCreate;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.proxyhost.ProxyHostCreate;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.SimExchange;
import dev.npmmcp.stream.StreamApi;
import dev.npmmcp.stream.StreamCreate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Version detection and the request shapes that differ, against each simulated NPM release line. */
class VersionContractTest {

    private static NpmVersion versionOf(NpmProfile profile) {
        String[] parts = profile.release().split("\\.");
        return NpmVersion.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    private static List<SimExchange> record(NpmSimulator sim) {
        List<SimExchange> exchanges = new CopyOnWriteArrayList<>();
        sim.onExchange(exchanges::add);
        return exchanges;
    }

    /** The simulator reports an exchange after answering it, so the listener may run just after the client returns. */
    private static SimExchange last(List<SimExchange> exchanges, String operationId) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            Optional<SimExchange> found =
                    exchanges.stream().filter(e -> e.operationId().equals(operationId)).reduce((a, b) -> b);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the simulator reported no " + operationId + " exchange; saw " + exchanges);
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldTakeCapabilitiesFromARealVersionNumber(NpmProfile profile) {
        try (NpmSimulator sim = SimFixture.start(profile); NpmClient client = SimFixture.client(sim)) {
            NpmServerInfo info = client.serverInfo();
            assertThat(info.version()).isEqualTo(versionOf(profile));
            assertThat(info.probed()).isFalse();
            assertThat(info.capabilities()).isEqualTo(NpmCapabilities.forVersion(versionOf(profile)));
            assertThat(info.setup().isPresent()).isEqualTo(profile.compareTo(NpmProfile.V2_13) >= 0);
            client.serverInfo();
            assertThat(sim.requestCount("health")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldProbeFeaturesWhenASourceBuildReports200(NpmProfile profile) {
        try (NpmSimulator sim = NpmSimulator.builder().profile(profile).reportedVersion("2.0.0")
                        .admin(SimFixture.ADMIN, SimFixture.PASSWORD).start();
                NpmClient client = SimFixture.client(sim)) {
            NpmServerInfo info = client.serverInfo();
            NpmCapabilities truth = NpmCapabilities.forVersion(versionOf(profile));
            assertThat(info.probed()).isTrue();
            assertThat(info.version()).isEqualTo(NpmVersion.of(2, 0, 0));
            assertThat(info.capabilities()).isEqualTo(truth);
            assertThat(sim.requestCount("schema")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(value = NpmProfile.class, names = {"V2_10", "V2_12", "V2_13"})
    void shouldRefuseTrustForwardedProtoBeforeSendingWhereNpmLacksIt(NpmProfile profile) {
        try (NpmSimulator sim = SimFixture.start(profile); NpmClient client = SimFixture.client(sim)) {
            ProxyHostCreate host = ProxyHostCreate.builder(List.of("t.test.local"), "http", "10.0.0.1", 80)
                    .trustForwardedProto(true)
                    .build();
            assertThatThrownBy(() -> new ProxyHostApi(client).create(host))
                    .isInstanceOf(NpmUnsupportedException.class)
                    .hasMessageContaining("2.14");
            assertThat(sim.requestCount("createProxyHost")).isZero();
        }
    }

    @Test
    void shouldSendTrustForwardedProtoWhereNpmTakesIt() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient client = SimFixture.client(sim)) {
            ProxyHostCreate host = ProxyHostCreate.builder(List.of("t.test.local"), "http", "10.0.0.1", 80)
                    .trustForwardedProto(true)
                    .build();
            assertThat(new ProxyHostApi(client).create(host).trustForwardedProto()).contains(true);
        }
    }

    @ParameterizedTest
    @EnumSource(value = NpmProfile.class, names = {"V2_10", "V2_12"})
    void shouldSendLetsEncryptEmailAndAgreementUpTo212(NpmProfile profile) throws Exception {
        try (NpmSimulator sim = SimFixture.start(profile); NpmClient client = SimFixture.client(sim)) {
            List<SimExchange> exchanges = record(sim);
            CertificateApi certificates = new CertificateApi(client);
            certificates.create(CertificateCreate.LetsEncrypt.http(List.of("none.example.com"), Optional.empty()));
            JsonNode filled = client.json().readTree(last(exchanges, "createCertificate").requestBody().orElseThrow())
                    .path("meta");
            assertThat(filled.path("letsencrypt_email").asText()).as("the NPM user's own, as 2.13 does")
                    .isEqualTo(SimFixture.ADMIN);

            certificates.create(CertificateCreate.LetsEncrypt.http(List.of("le.example.com"),
                    Optional.of("ops@example.com")));
            JsonNode meta = client.json().readTree(last(exchanges, "createCertificate").requestBody().orElseThrow())
                    .path("meta");
            assertThat(meta.path("letsencrypt_email").asText()).isEqualTo("ops@example.com");
            assertThat(meta.path("letsencrypt_agree").asBoolean()).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(value = NpmProfile.class, names = {"V2_13", "V2_15"})
    void shouldLeaveTheEmailToNpmFrom213AndSendKeyType(NpmProfile profile) throws Exception {
        try (NpmSimulator sim = SimFixture.start(profile); NpmClient client = SimFixture.client(sim)) {
            List<SimExchange> exchanges = record(sim);
            CertificateCreate.LetsEncrypt request = new CertificateCreate.LetsEncrypt(List.of("le.example.com"),
                    Optional.empty(), Optional.of("ops@example.com"), false, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of("ecdsa"));
            new CertificateApi(client).create(request);
            JsonNode meta = client.json().readTree(last(exchanges, "createCertificate").requestBody().orElseThrow())
                    .path("meta");
            assertThat(meta.has("letsencrypt_email")).isFalse();
            assertThat(meta.has("letsencrypt_agree")).isFalse();
            assertThat(meta.path("key_type").asText()).isEqualTo("ecdsa");
        }
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldPickTheTestHttpVerbOfTheVersion(NpmProfile profile) throws Exception {
        try (NpmSimulator sim = SimFixture.start(profile); NpmClient client = SimFixture.client(sim)) {
            List<SimExchange> exchanges = record(sim);
            assertThat(new CertificateApi(client).testHttpReach(List.of("a.test.local"))).containsKey("a.test.local");
            String expected = profile.compareTo(NpmProfile.V2_13) >= 0 ? "POST" : "GET";
            assertThat(last(exchanges, "testHttpReach").method()).isEqualTo(expected);
        }
    }

    @Test
    void shouldRefuseTlsStreamsAndDnsProvidersOn210() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_10); NpmClient client = SimFixture.client(sim)) {
            StreamCreate stream = StreamCreate.builder(9000, "10.0.0.1", 22)
                    .certificateId(CertificateChoice.existing(1))
                    .build();
            assertThatThrownBy(() -> new StreamApi(client).create(stream)).isInstanceOf(NpmUnsupportedException.class);
            assertThatThrownBy(() -> new CertificateApi(client).dnsProviders())
                    .isInstanceOf(NpmUnsupportedException.class);
            assertThat(sim.requestCount("createStream") + sim.requestCount("getDNSProviders")).isZero();
        }
    }
}
