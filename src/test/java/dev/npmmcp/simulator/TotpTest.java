package dev.npmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    private static final String RFC_SECRET = Totp.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void shouldMatchRfc6238VectorsTruncatedToSixDigits() {
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000))).isEqualTo("279037");
    }

    @Test
    void shouldAcceptOneStepOfDriftOnly() {
        Instant now = Instant.ofEpochSecond(1111111109);
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now.minusSeconds(30)), now)).isTrue();
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, now.minusSeconds(90)), now)).isFalse();
    }

    @Test
    void shouldRoundTripBase32() {
        byte[] bytes = {1, 2, 3, 4, 5, (byte) 250};
        assertThat(Totp.decode(Totp.encode(bytes))).containsExactly(bytes);
    }
}
