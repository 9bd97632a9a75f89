package dev.npmmcp.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.proxyhost.ProxyHostCreate;
import dev.npmmcp.simulator.Fault;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.user.PasswordChange;
import dev.npmmcp.user.UserApi;
import dev.npmmcp.user.UserCreate;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The client's auth, retries and error mapping against the simulator (NPM 2.15 unless said otherwise). */
class NpmClientContractTest {

    private static List<?> listProxyHosts(NpmClient client) {
        return new ProxyHostApi(client).list(Optional.empty(), Set.of());
    }

    @Test
    void shouldLogInLazilyOnceAndReuseTheToken() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient client = SimFixture.client(sim)) {
            assertThat(sim.requestCounts().values().stream().mapToInt(Integer::intValue).sum()).isZero();
            listProxyHosts(client);
            listProxyHosts(client);
            assertThat(sim.requestCount("requestToken")).isEqualTo(1);
            assertThat(sim.requestCount("getProxyHosts")).isEqualTo(2);
        }
    }

    @Test
    void shouldAnswerTheTwoFactorChallengeWithATotpCode() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15)) {
            String secret = sim.enableTwoFactor(SimFixture.ADMIN);
            NpmCredentials credentials =
                    new NpmCredentials.Password(SimFixture.ADMIN, SimFixture.PASSWORD, Optional.of(secret));
            try (NpmClient client = NpmClient.connect(SimFixture.connection(sim, credentials, 0),
                    TokenStore.inMemory())) {
                listProxyHosts(client);
            }
            assertThat(sim.requestCount("requestToken")).isEqualTo(1);
            assertThat(sim.requestCount("loginWith2FA")).isEqualTo(1);
        }
    }

    @Test
    void shouldSayTheTotpSecretIsMissingWhenTwoFactorIsOn() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient client = SimFixture.client(sim)) {
            sim.enableTwoFactor(SimFixture.ADMIN);
            assertThatThrownBy(() -> listProxyHosts(client))
                    .isInstanceOf(NpmAuthenticationException.class)
                    .hasMessageNotContaining(SimFixture.PASSWORD)
                    .satisfies(e -> assertThat(((NpmApiException) e).hint()).contains("TOTP secret"));
            assertThat(sim.requestCount("loginWith2FA")).isZero();
        }
    }

    @Test
    void shouldRefreshATokenShortlyBeforeItExpires() {
        try (NpmSimulator sim = NpmSimulator.builder().admin(SimFixture.ADMIN, SimFixture.PASSWORD)
                        .tokenLifetime(Duration.ofMinutes(5)).start();
                NpmClient client = SimFixture.client(sim)) {
            listProxyHosts(client);
            listProxyHosts(client);
            assertThat(sim.requestCount("requestToken")).isEqualTo(1);
            assertThat(sim.requestCount("refreshToken")).isEqualTo(1);
        }
    }

    @Test
    void shouldLogInAgainOnceWhenNpmSaysTheTokenExpired() {
        MutableClock simClock = new MutableClock();
        try (NpmSimulator sim = NpmSimulator.builder().admin(SimFixture.ADMIN, SimFixture.PASSWORD).clock(simClock)
                        .start();
                NpmClient client = SimFixture.client(sim)) {
            listProxyHosts(client);
            simClock.advance(Duration.ofDays(2));

            listProxyHosts(client);

            assertThat(sim.requestCount("requestToken")).isEqualTo(2);
            assertThat(sim.requestCount("getProxyHosts")).isEqualTo(3);
        }
    }

    @Test
    void shouldReportAfterExactlyOneFailedReLogin() {
        MutableClock simClock = new MutableClock();
        try (NpmSimulator sim = NpmSimulator.builder().admin(SimFixture.ADMIN, SimFixture.PASSWORD).clock(simClock)
                        .start();
                NpmClient client = SimFixture.client(sim);
                NpmClient other = SimFixture.client(sim)) {
            listProxyHosts(client);
            new UserApi(other).changePassword(new UserApi(other).getMe(Set.of()).id(),
                    PasswordChange.from(SimFixture.PASSWORD, "rotated-password-1"));
            simClock.advance(Duration.ofDays(2));

            assertThatThrownBy(() -> listProxyHosts(client))
                    .isInstanceOf(NpmAuthenticationException.class)
                    .hasMessageNotContaining(SimFixture.PASSWORD);
            assertThat(sim.requestCount("requestToken")).isEqualTo(3);
        }
    }

    @Test
    void shouldReadA404OnAnAdminRouteAsAMissingPermissionAfterOneReLoginWithAStaleToken() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient admin = SimFixture.client(sim)) {
            new UserApi(admin).create(UserCreate.of("Bob", "bob", "bob@example.com").withPassword("bobpassword1"));
            TokenStore shared = TokenStore.inMemory();
            NpmConnection bob = SimFixture.connection(sim,
                    new NpmCredentials.Password("bob@example.com", "bobpassword1", Optional.empty()), 0);
            int before = sim.requestCount("requestToken");
            try (NpmClient first = NpmClient.connect(bob, shared)) {
                assertThatThrownBy(() -> new UserApi(first).list(Optional.empty(), Set.of()))
                        .isInstanceOf(NpmPermissionException.class)
                        .satisfies(e -> assertThat(((NpmApiException) e).hint())
                                .startsWith("NPM answers 404 for a missing permission"));
            }
            assertThat(sim.requestCount("requestToken") - before).isEqualTo(1);
            try (NpmClient second = NpmClient.connect(bob, shared)) {
                assertThatThrownBy(() -> new UserApi(second).list(Optional.empty(), Set.of()))
                        .isInstanceOf(NpmPermissionException.class);
            }
            assertThat(sim.requestCount("requestToken") - before).isEqualTo(2);
        }
    }

    @Test
    void shouldRetryIdempotentRequestsOnGatewayErrorsWithinTheBound() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15);
                NpmClient client = SimFixture.client(SimFixture.connection(sim, SimFixture.admin(), 2),
                        TokenStore.inMemory(), Clock.systemUTC())) {
            sim.faults().inject("getProxyHosts", Fault.status(503, "Service Unavailable").times(2));
            assertThat(listProxyHosts(client)).isEmpty();
            assertThat(sim.requestCount("getProxyHosts")).isEqualTo(3);

            sim.faults().inject("getProxyHosts", Fault.status(502, "Bad Gateway").times(3));
            assertThatThrownBy(() -> listProxyHosts(client)).isInstanceOf(NpmServerException.class);
            assertThat(sim.requestCount("getProxyHosts")).isEqualTo(6);

            sim.faults().inject("getProxyHosts", Fault.connectionReset().times(1));
            assertThat(listProxyHosts(client)).isEmpty();
            assertThat(sim.requestCount("getProxyHosts")).isEqualTo(8);
        }
    }

    @Test
    void shouldNeverRetryAPost() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15);
                NpmClient client = SimFixture.client(SimFixture.connection(sim, SimFixture.admin(), 3),
                        TokenStore.inMemory(), Clock.systemUTC())) {
            sim.faults().inject("createProxyHost", Fault.status(503, "Service Unavailable").times(1));
            assertThatThrownBy(() -> new ProxyHostApi(client).create(
                            ProxyHostCreate.builder(List.of("a.test.local"), "http", "10.0.0.1", 80).build()))
                    .isInstanceOf(NpmServerException.class);
            assertThat(sim.requestCount("createProxyHost")).isEqualTo(1);
        }
    }

    @Test
    void shouldRetryATimedOutReadThenReportItUnreachable() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15)) {
            NpmConnection slow = new NpmConnection("sim", sim.baseUri(), SimFixture.admin(), Duration.ofMillis(300),
                    TlsSettings.verified(), 1);
            try (NpmClient client = SimFixture.client(slow, TokenStore.inMemory(), Clock.systemUTC())) {
                sim.faults().inject("getProxyHosts", Fault.delay(Duration.ofSeconds(2)));
                assertThatThrownBy(() -> listProxyHosts(client))
                        .isInstanceOf(NpmUnreachableException.class)
                        .satisfies(e -> assertThat(((NpmApiException) e).hint()).contains("No answer within"));
                assertThat(sim.requestCount("getProxyHosts")).isEqualTo(2);
            }
        }
    }

    @Test
    void shouldReportInvalidJsonAsAProtocolErrorWithoutRetrying() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient client = SimFixture.client(sim)) {
            sim.faults().inject("getProxyHosts", Fault.invalidJson().times(1));
            assertThatThrownBy(() -> listProxyHosts(client)).isInstanceOf(NpmProtocolException.class);
            assertThat(sim.requestCount("getProxyHosts")).isEqualTo(1);
        }
    }

    @Test
    void shouldMapNpmAnswersToTheExceptionFamily() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient client = SimFixture.client(sim)) {
            ProxyHostApi hosts = new ProxyHostApi(client);
            assertThatThrownBy(() -> hosts.get(999, Set.of()))
                    .isInstanceOf(NpmNotFoundException.class)
                    .satisfies(e -> {
                        NpmApiException api = (NpmApiException) e;
                        assertThat(api.instance()).isEqualTo("sim");
                        assertThat(api.operationId()).isEqualTo("getProxyHost");
                        assertThat(api.status()).isEqualTo(404);
                        assertThat(api.npmMessage()).isEqualTo("Not Found - 999");
                    });
            assertThatThrownBy(() -> hosts.create(
                            ProxyHostCreate.builder(List.of("a.test.local"), "http", "10.0.0.1", 70000).build()))
                    .isInstanceOf(NpmValidationException.class)
                    .hasMessageContaining("forward_port");
            int id = hosts.create(ProxyHostCreate.builder(List.of("a.test.local"), "http", "10.0.0.1", 80).build())
                    .id();
            assertThatThrownBy(() -> hosts.enable(id)).isInstanceOf(NpmConflictException.class);
            assertThatThrownBy(() -> hosts.create(
                            ProxyHostCreate.builder(List.of("a.test.local"), "http", "10.0.0.1", 80).build()))
                    .isInstanceOf(NpmConflictException.class);
        }
    }

    @Test
    void shouldRefuseWrongCredentialsWithoutEchoingThem() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15)) {
            NpmCredentials wrong = new NpmCredentials.Password(SimFixture.ADMIN, "wrong-password-42", Optional.empty());
            try (NpmClient client = NpmClient.connect(SimFixture.connection(sim, wrong, 2), TokenStore.inMemory())) {
                assertThatThrownBy(() -> listProxyHosts(client))
                        .isInstanceOf(NpmAuthenticationException.class)
                        .hasMessageNotContaining("wrong-password-42");
            }
            assertThat(sim.requestCount("requestToken")).isEqualTo(1);
        }
    }

    @Test
    void shouldSayCheckHostAndPortWhenNothingListens() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        NpmConnection nowhere = new NpmConnection("gone", URI.create("http://127.0.0.1:" + port),
                SimFixture.admin(), Duration.ofSeconds(2), TlsSettings.verified(), 1);
        try (NpmClient client = SimFixture.client(nowhere, TokenStore.inMemory(), Clock.systemUTC())) {
            assertThatThrownBy(client::serverInfo)
                    .isInstanceOf(NpmUnreachableException.class)
                    .satisfies(e -> assertThat(((NpmApiException) e).hint()).contains("host and port"));
        }
    }

    @Test
    void shouldUseAPreIssuedTokenWithoutLoggingIn() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15)) {
            CachedToken token;
            try (NpmClient admin = SimFixture.client(sim)) {
                token = new TokenApi(admin).refreshToken();
            }
            int logins = sim.requestCount("requestToken");
            try (NpmClient client = NpmClient.connect(
                    SimFixture.connection(sim, new NpmCredentials.ApiToken(token.token()), 0), TokenStore.inMemory())) {
                listProxyHosts(client);
            }
            assertThat(sim.requestCount("requestToken")).isEqualTo(logins);
        }
    }
}
