package dev.npmmcp.simulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.simulator.AcmeMode;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.simulator.contract.ExchangeReplay.Session;
import dev.npmmcp.testing.ExchangeLog;
import dev.npmmcp.testing.MutableClock;
import dev.npmmcp.testing.OpenApiDocument;
import dev.npmmcp.testing.RecordedExchange;
import dev.npmmcp.testing.TestCertificates;
import dev.npmmcp.testing.TestCertificates.PemPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Replays every request recorded against a real NPM 2.15.1 (a source build, so it reports 2.0.0; no ACME server
 * reachable) against one fresh simulator, in order, and holds each answer to NPM's: the same status, and the same
 * body up to what NPM itself would not reproduce (see {@link RecordedResponseMatcher}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordedExchangeReplayTest {

    private static final String LOG = "npm-api/exchanges-2.15.1.log";

    /**
     * Where the log's session is not "the last login's token". #104 and #105 log in as dave and bob, yet #106 still
     * reads the admin-only settings: those tokens were not used. #134 logs in as bob and is used (#135 sees no hosts,
     * #139 is refused /users). #144 and #145 answer "Token has expired": they were sent with an expired token.
     */
    private static final Map<Integer, Session> SESSIONS = Map.of(
            104, new Session.KeepToken("POST /tokens body={\"identity\":\"dave@example.com\""),
            105, new Session.KeepToken("POST /tokens body={\"identity\":\"bob@example.com\""),
            144, new Session.ExpiredToken("GET /nginx/proxy-hosts"),
            145, new Session.ExpiredToken("GET /tokens"));

    /**
     * #118 creates an empty custom certificate and #119 already reads it with a certificate for app.test.local valid
     * for 30 days: the recorder uploaded one in between without logging it (multipart). The replay does the same.
     */
    private static final Map<Integer, ExchangeReplay.Implied> IMPLIED = Map.of(118, (client, token, created) -> {
        PemPair pair = TestCertificates.selfSigned("app.test.local", Duration.ofDays(30));
        SimClient.Answer uploaded = client.sendMultipart(
                "/nginx/certificates/" + created.json().path("id").asText() + "/upload",
                token,
                Map.of("certificate", pair.certificate(), "certificate_key", pair.privateKey()));
        assertThat(uploaded.status()).as("the upload the log leaves out: " + uploaded.body()).isEqualTo(200);
    });

    private final List<AutoCloseable> resources = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> shouldAnswerEveryRecordedRequestAsNpmDid() {
        List<RecordedExchange> exchanges = ExchangeLog.load(LOG);
        OpenApiOracle oracle = OpenApiOracle.create(OpenApiDocument.load());
        MutableClock clock = new MutableClock();
        NpmSimulator sim = NpmSimulator.builder()
                .reportedVersion("2.0.0")
                .acme(AcmeMode.UNREACHABLE)
                .clock(clock)
                .start();
        resources.add(sim);
        sim.onExchange(oracle);
        SimClient client = new SimClient(sim.baseUri());
        resources.add(client);
        ExchangeReplay replay = new ExchangeReplay(client, SESSIONS, IMPLIED, (http, liveToken) -> {
            clock.advance(Duration.ofDays(2));
            return liveToken.orElseThrow(() -> new IllegalStateException("no token to let expire"));
        });
        Stream<DynamicTest> replayed = exchanges.stream().map(exchange -> DynamicTest.dynamicTest(
                exchange.title(), () -> {
                    SimClient.Answer answer = replay.replay(exchange);

                    String context = exchange.requestLine() + "\n  NPM: " + exchange.status() + " "
                            + exchange.responseBody() + "\n  sim: " + answer.status() + " " + answer.body();
                    assertThat(answer.status()).as(context).isEqualTo(exchange.status());
                    assertThat(RecordedResponseMatcher.differences(exchange.response(), answer.json()))
                            .as(context)
                            .isEmpty();
                }));
        Stream<DynamicTest> document = Stream.of(DynamicTest.dynamicTest(
                "every exchange of the replay keeps NPM's document",
                () -> assertThat(oracle.violations()).isEmpty()));
        return Stream.concat(replayed, document);
    }

    @AfterAll
    void close() throws Exception {
        for (AutoCloseable resource : resources.reversed()) {
            resource.close();
        }
    }
}
