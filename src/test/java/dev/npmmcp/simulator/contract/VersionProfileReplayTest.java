package dev.npmmcp.simulator.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.simulator.AcmeMode;
import dev.npmmcp.simulator.NpmProfile;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.testing.ExchangeLog;
import dev.npmmcp.testing.RecordedExchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The same 54 requests were sent to fresh installs of NPM 2.10.4, 2.12.6, 2.13.7 and 2.15.1 (no ACME server
 * reachable). Each profile of the simulator must answer them as its release did: the same status code and, where
 * NPM answered an error, the same message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VersionProfileReplayTest {

    private static final Map<NpmProfile, String> LOGS = Map.of(
            NpmProfile.V2_10, "npm-api/versions/exchanges-2.10.4.log",
            NpmProfile.V2_12, "npm-api/versions/exchanges-2.12.6.log",
            NpmProfile.V2_13, "npm-api/versions/exchanges-2.13.7.log",
            NpmProfile.V2_15, "npm-api/versions/exchanges-2.15.1.log");

    private final List<AutoCloseable> resources = new ArrayList<>();

    @TestFactory
    Stream<DynamicContainer> shouldAnswerAsEachReleaseDid() {
        return Stream.of(NpmProfile.V2_10, NpmProfile.V2_12, NpmProfile.V2_13, NpmProfile.V2_15)
                .map(profile -> DynamicContainer.dynamicContainer(profile.name(), replay(profile)));
    }

    private Stream<DynamicTest> replay(NpmProfile profile) {
        List<RecordedExchange> exchanges = ExchangeLog.load(LOGS.get(profile));
        NpmSimulator sim = NpmSimulator.builder().profile(profile).acme(AcmeMode.UNREACHABLE).start();
        resources.add(sim);
        SimClient client = new SimClient(sim.baseUri());
        resources.add(client);
        ExchangeReplay replay = new ExchangeReplay(client, Map.of(), Map.of(), (http, token) -> {
            throw new IllegalStateException("the version logs send no expired token");
        });
        return exchanges.stream().map(exchange -> DynamicTest.dynamicTest(exchange.title(), () -> {
            SimClient.Answer answer = replay.replay(exchange);

            String context = exchange.requestLine() + "\n  NPM " + profile + ": " + exchange.status() + " "
                    + exchange.responseBody() + "\n  sim: " + answer.status() + " " + answer.body();
            assertThat(answer.status()).as(context).isEqualTo(exchange.status());
            Optional<String> recordedMessage = errorMessage(exchange);
            if (recordedMessage.isPresent() && exchange.response().partial().contains("/error/message")) {
                assertThat(answer.errorMessage()).as(context)
                        .hasValueSatisfying(message -> assertThat(message).startsWith(recordedMessage.get()));
            } else if (recordedMessage.isPresent()) {
                assertThat(answer.errorMessage()).as(context).hasValue(recordedMessage.get());
            }
        }));
    }

    /** The recorded {@code error.message} (a prefix where the recording was cut inside it). */
    private static Optional<String> errorMessage(RecordedExchange exchange) {
        return exchange.response().value()
                .map(body -> body.path("error").path("message"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText);
    }

    @AfterAll
    void close() throws Exception {
        for (AutoCloseable resource : resources.reversed()) {
            resource.close();
        }
    }
}
