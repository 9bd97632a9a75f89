package dev.npmmcp.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.proxyhost.ProxyHostCreate;
import dev.npmmcp.simulator.Fault;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * NPM answers a token signed by a key it no longer has (reinstalled, data reset) with a 500 on every route. The
 * client must drop such a token and log in once, on every version, and must not mistake a request's own 500 for it.
 */
class UnverifiableTokenContractTest {

    private static void listProxyHosts(NpmClient client) {
        new ProxyHostApi(client).list(Optional.empty(), Set.of());
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldLogInOnceWhenACachedTokenWasSignedByAKeyNpmNoLongerHas(NpmProfile profile) {
        TokenStore store = TokenStore.inMemory();
        try (NpmSimulator sim = SimFixture.start(profile)) {
            try (NpmClient before = NpmClient.connect(SimFixture.connection(sim, SimFixture.admin(), 2), store)) {
                listProxyHosts(before);
            }
            sim.rotateSigningKey();
            try (NpmClient after = NpmClient.connect(SimFixture.connection(sim, SimFixture.admin(), 2), store)) {
                listProxyHosts(after);
                listProxyHosts(after);
            }
            assertThat(sim.requestCount("requestToken")).isEqualTo(2);
            assertThat(sim.requestCount("getProxyHosts")).isEqualTo(4);
        }
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldLogInOnceWhenNpmIsResetWhileTheServerRuns(NpmProfile profile) {
        try (NpmSimulator sim = SimFixture.start(profile); NpmClient client = SimFixture.client(sim)) {
            listProxyHosts(client);
            sim.rotateSigningKey();
            listProxyHosts(client);
            listProxyHosts(client);
            assertThat(sim.requestCount("requestToken")).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldReportACreatesOwnServerErrorWithoutSendingItAgain(NpmProfile profile) {
        try (NpmSimulator sim = SimFixture.start(profile); NpmClient client = SimFixture.client(sim)) {
            listProxyHosts(client);
            sim.faults().inject("createProxyHost", Fault.status(500, "Internal Error"));
            assertThatThrownBy(() -> new ProxyHostApi(client).create(
                            ProxyHostCreate.builder(List.of("a.test.local"), "http", "10.0.0.1", 80).build()))
                    .isInstanceOf(NpmServerException.class);
            assertThat(sim.requestCount("createProxyHost")).isEqualTo(1);
            assertThat(sim.requestCount("requestToken")).isEqualTo(1);
        }
    }
}
