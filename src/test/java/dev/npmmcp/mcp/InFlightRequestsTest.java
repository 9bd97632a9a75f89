package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InFlightRequestsTest {

    private final InFlightRequests inFlight = new InFlightRequests();

    @Test
    void shouldCountAClientRequestUntilTheServerAnswersIt() throws Exception {
        inFlight.fromClient("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{}}");
        assertThat(inFlight.pending()).isEqualTo(1);

        inFlight.fromServer("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{}}");

        assertThat(inFlight.pending()).isZero();
        assertThat(inFlight.awaitAnswered(Duration.ZERO)).isTrue();
    }

    @Test
    void shouldTellANumberIdFromTheSameDigitsAsAString() {
        inFlight.fromClient("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}");

        inFlight.fromServer("{\"jsonrpc\":\"2.0\",\"id\":\"7\",\"result\":{}}");

        assertThat(inFlight.pending()).isEqualTo(1);
    }

    @Test
    void shouldIgnoreNotificationsAnswersToTheServerAndLinesThatAreNotJson() throws Exception {
        inFlight.fromClient("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        inFlight.fromClient("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{\"action\":\"accept\"}}");
        inFlight.fromClient("not json {");

        assertThat(inFlight.pending()).isZero();
    }

    @Test
    void shouldNotTakeTheServersOwnRequestForAnAnswer() {
        inFlight.fromClient("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\"}");

        inFlight.fromServer("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"elicitation/create\",\"params\":{}}");

        assertThat(inFlight.pending()).isEqualTo(1);
    }

    @Test
    void shouldGiveUpWaitingAfterTheTimeout() throws Exception {
        inFlight.fromClient("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\"}");

        assertThat(inFlight.awaitAnswered(Duration.ofMillis(10))).isFalse();
    }
}
