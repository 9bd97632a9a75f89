package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BearerTokenTest {

    @Test
    void shouldMatchOnlyTheExactToken() {
        BearerToken token = BearerToken.of("correct-horse-battery");
        assertThat(token.matches("correct-horse-battery")).isTrue();
        assertThat(token.matches("correct-horse-batter")).isFalse();
        assertThat(token.matches("correct-horse-battery ")).isFalse();
        assertThat(token.matches("")).isFalse();
    }

    @Test
    void shouldRefuseTokensTooShortToResistGuessing() {
        assertThatThrownBy(() -> BearerToken.of("short")).hasMessageContaining("at least 16 characters");
    }

    @Test
    void shouldGenerateDifferentUrlSafeTokens() {
        String first = BearerToken.generate();
        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(BearerToken.generate()).isNotEqualTo(first);
    }
}
