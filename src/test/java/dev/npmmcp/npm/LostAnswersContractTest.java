package dev.npmmcp.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.accesslist.AccessListApi;
import dev.npmmcp.proxyhost.ProxyHost;
import dev.npmmcp.proxyhost.ProxyHostApi;
import dev.npmmcp.proxyhost.ProxyHostCreate;
import dev.npmmcp.simulator.Fault;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * NPM's admin API sits behind nginx, and every write reloads nginx, which can close the connection a request is sent
 * on: the request gets no answer, and nobody can tell whether NPM ran it. A write is never duplicated for it, and the
 * call's result says what was done instead. Also the other answers that are not NPM's own: a proxy's 429 and 502 pages.
 */
class LostAnswersContractTest {

    private final List<Duration> waits = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final CallScope scope = new CallScope(Clock.systemUTC());

    private NpmClient client(NpmSimulator sim, int retries) {
        return new NpmClient(SimFixture.connection(sim, SimFixture.admin(), retries), TokenStore.inMemory(),
                Clock.systemUTC(), waits::add, scope);
    }

    private <T> T inCall(Supplier<T> work) {
        return scope.run(Duration.ofSeconds(45), notices, work);
    }

    private static ProxyHostCreate host(String domain) {
        return ProxyHostCreate.builder(List.of(domain), "http", "10.0.0.1", 80).build();
    }

    private static List<ProxyHost> hostsFor(NpmClient client, String domain) {
        return new ProxyHostApi(client).list(Optional.empty(), Set.of()).stream()
                .filter(h -> h.domainNames().contains(domain)).toList();
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldSendACreateThatNeverReachedNpmOnceMoreAfterLookingForIt(NpmProfile profile) {
        try (NpmSimulator sim = SimFixture.start(profile); NpmClient client = client(sim, 2)) {
            sim.faults().inject("createProxyHost", Fault.connectionReset().times(1));

            ProxyHost created = inCall(() -> new ProxyHostApi(client).create(host("lost.test.local")));

            assertThat(hostsFor(client, "lost.test.local")).singleElement()
                    .satisfies(h -> assertThat(h.id()).isEqualTo(created.id()));
            assertThat(sim.requestCount("createProxyHost")).as("the first try and one more").isEqualTo(2);
            assertThat(notices).singleElement().asString()
                    .contains("createProxyHost", "'sim'", "no such proxy host existed", "sent once more");
        }
    }

    @ParameterizedTest
    @EnumSource(NpmProfile.class)
    void shouldNeverSendACreateAgainThatNpmRanThoughItsAnswerWasLost(NpmProfile profile) {
        try (NpmSimulator sim = SimFixture.start(profile); NpmClient client = client(sim, 2)) {
            sim.faults().inject("createProxyHost", Fault.answerLost().times(1));

            ProxyHost created = inCall(() -> new ProxyHostApi(client).create(host("made.test.local")));

            assertThat(created.domainNames()).containsExactly("made.test.local");
            assertThat(hostsFor(client, "made.test.local")).singleElement()
                    .satisfies(h -> assertThat(h.id()).isEqualTo(created.id()));
            assertThat(sim.requestCount("createProxyHost")).isEqualTo(1);
            assertThat(notices).singleElement().asString()
                    .contains("exists now (id " + created.id() + ")", "was not sent again");
        }
    }

    @Test
    void shouldCheckAnEnableWhoseAnswerWasLostInsteadOfSendingItAgain() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient client = client(sim, 2)) {
            ProxyHostApi hosts = new ProxyHostApi(client);
            int id = hosts.create(host("toggle.test.local")).id();
            hosts.disable(id);
            sim.faults().inject("enableProxyHost", Fault.answerLost().times(1));

            inCall(() -> {
                hosts.enable(id);
                return null;
            });

            assertThat(hosts.get(id, Set.of()).enabled()).isTrue();
            assertThat(sim.requestCount("enableProxyHost")).isEqualTo(1);
            assertThat(notices).singleElement().asString().contains("is enabled now", "not sent again");
        }
    }

    @Test
    void shouldSayAChangeOfUnknownFateMayHaveBeenDoneWhenItCannotBeChecked() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient client = client(sim, 2)) {
            sim.faults().inject("validateCertificates", Fault.answerLost().times(1));
            sim.faults().inject("renewCertificate", Fault.connectionReset());

            assertThatThrownBy(() -> inCall(() -> client.send(NpmRequest.post("renewCertificate",
                            "/nginx/certificates/1/renew"))))
                    .isInstanceOf(NpmUnreachableException.class)
                    .hasMessageContaining("may or may not have done it")
                    .satisfies(e -> assertThat(((NpmApiException) e).hint()).contains("before trying again"));
            assertThat(sim.requestCount("renewCertificate")).as("never repeated blindly").isEqualTo(1);
        }
    }

    @Test
    void shouldKeepEveryWriteSingleWhileEachWriteReloadClosesTheConnections() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_12); NpmClient client = client(sim, 2)) {
            sim.faults().reloadClosesConnections(true);
            ProxyHostApi hosts = new ProxyHostApi(client);

            List<Integer> ids = inCall(() -> {
                List<Integer> made = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    int id = hosts.create(host("reload" + i + ".test.local")).id();
                    hosts.disable(id);
                    hosts.enable(id);
                    made.add(id);
                }
                return made;
            });

            assertThat(new ProxyHostApi(client).list(Optional.empty(), Set.of())).hasSize(5)
                    .allSatisfy(h -> assertThat(h.enabled()).isTrue());
            assertThat(ids).doesNotHaveDuplicates();
            assertThat(sim.requestCount("createProxyHost")).as("each create sent at most twice, made once")
                    .isBetween(5, 10);
            assertThat(notices).as("every recovery is told").isNotEmpty()
                    .allSatisfy(n -> assertThat(n).contains("connection closed before NPM answered"));
        }
    }

    @Test
    void shouldRepeatAReadOnAClosedConnectionOnceOnlyTheJdkAlreadyDoes() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient client = client(sim, 3)) {
            new AccessListApi(client).list(Optional.empty(), Set.of());
            int before = sim.requestCount("getProxyHosts");
            sim.faults().inject("getProxyHosts", Fault.connectionReset());

            assertThatThrownBy(() -> new ProxyHostApi(client).list(Optional.empty(), Set.of()))
                    .isInstanceOf(NpmUnreachableException.class);

            assertThat(sim.requestCount("getProxyHosts") - before).as("one layer of retries, not two").isEqualTo(2);
        }
    }

    @Test
    void shouldWaitOutA429sRetryAfterForAReadAndReportNpmBusyForAWrite() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient client = client(sim, 2)) {
            sim.faults().inject("getProxyHosts", Fault.tooManyRequests(Duration.ofSeconds(3)).times(1));
            assertThat(inCall(() -> new ProxyHostApi(client).list(Optional.empty(), Set.of()))).isEmpty();
            assertThat(waits).containsExactly(Duration.ofSeconds(3));
            assertThat(sim.requestCount("getProxyHosts")).isEqualTo(2);

            sim.faults().inject("createProxyHost", Fault.tooManyRequests(Duration.ofSeconds(3)).times(1));
            assertThatThrownBy(() -> inCall(() -> new ProxyHostApi(client).create(host("busy.test.local"))))
                    .isInstanceOf(NpmServerException.class)
                    .hasMessageContaining("HTTP 429")
                    .hasMessageContaining("429 Too Many Requests (an HTML page, not NPM's JSON)")
                    .satisfies(e -> assertThat(((NpmApiException) e).hint()).contains("busy"));
            assertThat(sim.requestCount("createProxyHost")).isEqualTo(1);
        }
    }

    @Test
    void shouldNotWaitPastTheCallsBudgetForARetryAfter() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient client = client(sim, 2)) {
            client.serverInfo();
            sim.faults().inject("getProxyHosts", Fault.tooManyRequests(Duration.ofSeconds(120)));
            assertThatThrownBy(() -> inCall(() -> new ProxyHostApi(client).list(Optional.empty(), Set.of())))
                    .isInstanceOf(NpmServerException.class)
                    .hasMessageContaining("HTTP 429");
            assertThat(waits).as("120 s is past the 45 s budget: reported at once").isEmpty();
        }
    }

    @Test
    void shouldSummariseNginxsBadGatewayPageInsteadOfPastingIt() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient client = client(sim, 1)) {
            client.serverInfo();
            sim.faults().inject("getProxyHosts", Fault.badGatewayPage());
            assertThatThrownBy(() -> new ProxyHostApi(client).list(Optional.empty(), Set.of()))
                    .isInstanceOf(NpmServerException.class)
                    .hasMessageContaining("502 Bad Gateway (an HTML page, not NPM's JSON)")
                    .hasMessageNotContaining("<")
                    .satisfies(e -> assertThat(((NpmApiException) e).hint()).contains("container is running"));
            assertThat(sim.requestCount("getProxyHosts")).isEqualTo(2);
        }
    }

    @Test
    void shouldReportAHungNpmWithinTheCallsBudgetNotTheConnectionTimeoutTimesTheRetries() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient client = client(sim, 3)) {
            client.serverInfo();
            sim.faults().inject("getProxyHosts", Fault.delay(Duration.ofSeconds(20)));
            List<String> none = new ArrayList<>();
            assertThatThrownBy(() -> scope.run(Duration.ofSeconds(2), none,
                            () -> new ProxyHostApi(client).list(Optional.empty(), Set.of())))
                    .isInstanceOf(NpmUnreachableException.class)
                    .hasMessageContaining("no answer within the 2 s budget of this tool call")
                    .satisfies(e -> assertThat(((NpmApiException) e).hint())
                            .contains("call_budget", "NPM_MCP_CALL_BUDGET"));
            assertThat(sim.requestCount("getProxyHosts")).as("the 5 s timeout was cut to the budget").isEqualTo(1);
        }
    }

    @Test
    void shouldLogInExactlyOnceMoreOnA401InTheMiddleOfASession() {
        try (NpmSimulator sim = SimFixture.start(NpmProfile.V2_15); NpmClient client = client(sim, 2)) {
            new ProxyHostApi(client).list(Optional.empty(), Set.of());
            int logins = sim.requestCount("requestToken");
            sim.faults().inject("getProxyHosts", Fault.status(401, "Unauthorized").times(1));

            assertThat(new ProxyHostApi(client).list(Optional.empty(), Set.of())).isEmpty();
            assertThat(sim.requestCount("requestToken") - logins).isEqualTo(1);

            sim.faults().inject("getProxyHosts", Fault.status(401, "Unauthorized"));
            assertThatThrownBy(() -> new ProxyHostApi(client).list(Optional.empty(), Set.of()))
                    .isInstanceOf(NpmAuthenticationException.class);
            assertThat(sim.requestCount("requestToken") - logins).as("one more login, then reported").isEqualTo(2);
        }
    }
}
