package dev.npmmcp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FernetTest {

    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    @Test
    void shouldRoundTripWithAGeneratedKey() {
        Fernet fernet = Fernet.withKey(Fernet.generateKey());
        byte[] plain = "{\"token\":\"eyJ...\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(fernet.decrypt(fernet.encrypt(plain), Optional.empty())).isEqualTo(plain);
    }

    @Test
    void shouldRoundTripAnEmptyMessage() {
        Fernet fernet = Fernet.withKey(Fernet.generateKey());

        assertThat(fernet.decrypt(fernet.encrypt(new byte[0]), Optional.empty())).isEmpty();
    }

    @Test
    void shouldGenerateDistinctPaddedBase64UrlKeysOf32Bytes() {
        String a = Fernet.generateKey();
        String b = Fernet.generateKey();

        assertThat(a).hasSize(44).endsWith("=").doesNotContain("+", "/").isNotEqualTo(b);
        assertThat(Base64.getUrlDecoder().decode(a)).hasSize(32);
    }

    @Test
    void shouldUseAFreshIvForEveryToken() {
        Fernet fernet = Fernet.withKey(Fernet.generateKey(), Clock.fixed(T0, ZoneOffset.UTC));
        byte[] plain = "same".getBytes(StandardCharsets.UTF_8);

        assertThat(fernet.encrypt(plain)).isNotEqualTo(fernet.encrypt(plain));
    }

    @Test
    void shouldRefuseATokenMadeWithAnotherKey() {
        String token = Fernet.withKey(Fernet.generateKey()).encrypt(new byte[] {1, 2, 3});

        assertThatThrownBy(() -> Fernet.withKey(Fernet.generateKey()).decrypt(token, Optional.empty()))
                .isInstanceOf(FernetException.class)
                .hasMessageContaining("signature");
    }

    @Test
    void shouldAcceptATokenAtExactlyItsTtlAndRefuseItOneSecondLater() {
        String key = Fernet.generateKey();
        String token = Fernet.withKey(key, Clock.fixed(T0, ZoneOffset.UTC)).encrypt(new byte[] {7});
        Duration ttl = Duration.ofMinutes(5);

        Fernet atLimit = Fernet.withKey(key, Clock.fixed(T0.plus(ttl), ZoneOffset.UTC));
        Fernet afterLimit = Fernet.withKey(key, Clock.fixed(T0.plus(ttl).plusSeconds(1), ZoneOffset.UTC));

        assertThat(atLimit.decrypt(token, Optional.of(ttl))).containsExactly(7);
        assertThatThrownBy(() -> afterLimit.decrypt(token, Optional.of(ttl))).hasMessageContaining("expired");
        assertThat(afterLimit.decrypt(token, Optional.empty())).containsExactly(7);
    }

    @Test
    void shouldAllowAMinuteOfClockSkewButNoMore() {
        String key = Fernet.generateKey();
        String token = Fernet.withKey(key, Clock.fixed(T0, ZoneOffset.UTC)).encrypt(new byte[] {7});
        Optional<Duration> ttl = Optional.of(Duration.ofMinutes(5));

        Fernet minuteBehind = Fernet.withKey(key, Clock.fixed(T0.minusSeconds(60), ZoneOffset.UTC));
        Fernet tooFarBehind = Fernet.withKey(key, Clock.fixed(T0.minusSeconds(61), ZoneOffset.UTC));

        assertThat(minuteBehind.decrypt(token, ttl)).containsExactly(7);
        assertThatThrownBy(() -> tooFarBehind.decrypt(token, ttl)).hasMessageContaining("future");
    }

    @Test
    void shouldRefuseUnpaddedTokens() {
        Fernet fernet = Fernet.withKey(Fernet.generateKey());
        String token = fernet.encrypt("hello".getBytes(StandardCharsets.UTF_8));
        assertThat(token).endsWith("=");

        assertThatThrownBy(() -> fernet.decrypt(token.replace("=", ""), Optional.empty()))
                .isInstanceOf(FernetException.class);
    }

    @Test
    void shouldRefuseAKeyOfTheWrongSizeWithoutEchoingIt() {
        String shortKey = Base64.getUrlEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> Fernet.withKey(shortKey))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes")
                .hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> Fernet.withKey("not base64!")).isInstanceOf(IllegalArgumentException.class);
    }
}
