package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class InFlightRequestsTest {

    private final InFlightRequests inFlight = new InFlightRequests();

    @Test
    void shouldCountARequestUntilItIsClosed() throws Exception {
        inFlight.opened(ClientLines.key(7L));
        assertThat(inFlight.pending()).isEqualTo(1);
        assertThat(inFlight.awaitAnswered(Duration.ZERO)).isFalse();

        inFlight.closed(ClientLines.key(7));

        assertThat(inFlight.pending()).isZero();
        assertThat(inFlight.awaitAnswered(Duration.ZERO)).isTrue();
    }

    @Test
    void shouldTellANumberIdFromTheSameDigitsAsAString() {
        inFlight.opened(ClientLines.key(7));

        inFlight.closed(ClientLines.key("7"));

        assertThat(inFlight.pending()).isEqualTo(1);
    }
}
