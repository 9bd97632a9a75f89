package dev.npmmcp.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B, SHA1 key "12345678901234567890". */
    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final String RFC_KEY_BASE32 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"
    })
    void shouldMatchRfc6238Sha1Vectors(long time, String expected) {
        assertThat(Totp.code(RFC_KEY, time / 30, 8)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1234567890, 005924", "20000000000, 353130"})
    void shouldGiveSixDigitCodesFromBase32Secret(long time, String expected) {
        assertThat(Totp.code(RFC_KEY_BASE32, Instant.ofEpochSecond(time))).isEqualTo(expected);
    }

    @Test
    void shouldDecodeBase32IgnoringCaseSpacesAndPadding() {
        assertThat(Totp.decodeBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_KEY);
        assertThat(Totp.decodeBase32("MZXW6===")).isEqualTo("foo".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void shouldRefuseNonBase32SecretWithoutEchoingIt() {
        assertThatThrownBy(() -> Totp.decodeBase32("ABC1SECRET"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("ABC1SECRET");
    }
}
