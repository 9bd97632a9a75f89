package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.mcp.HttpAccessPolicy.Decision;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HttpAccessPolicyTest {

    private static final String TOKEN = "s3cret-token-for-tests";
    private final HttpAccessPolicy policy =
            new HttpAccessPolicy(BearerToken.of(TOKEN), Set.of("https://App.Example.com/"));

    private Decision check(String path, String origin, String authorization) {
        return policy.check(path, Optional.ofNullable(origin), Optional.ofNullable(authorization));
    }

    private static int status(Decision decision) {
        return switch (decision) {
            case Decision.Allow allow -> 200;
            case Decision.Deny(int status, String reason) -> status;
        };
    }

    @Test
    void shouldAdmitTheRightBearerToken() {
        assertThat(check("/mcp", null, "Bearer " + TOKEN)).isInstanceOf(Decision.Allow.class);
        assertThat(check("/mcp", null, "bearer  " + TOKEN)).isInstanceOf(Decision.Allow.class);
    }

    @Test
    void shouldAnswer401WithoutOrWithAWrongToken() {
        assertThat(status(check("/mcp", null, null))).isEqualTo(401);
        assertThat(status(check("/mcp", null, "Bearer wrong-token-wrong-token"))).isEqualTo(401);
        assertThat(status(check("/mcp", null, "Basic " + TOKEN))).isEqualTo(401);
        assertThat(status(check("/mcp", null, "Bearer "))).isEqualTo(401);
        assertThat(status(check("/other", null, null))).isEqualTo(401);
    }

    @Test
    void shouldNeverEchoTheTokenInAReason() {
        Decision decision = check("/mcp", null, "Bearer " + TOKEN + "x");
        assertThat(decision).isInstanceOfSatisfying(Decision.Deny.class,
                deny -> assertThat(deny.reason()).doesNotContain(TOKEN));
    }

    @Test
    void shouldLetHealthThroughWithoutAToken() {
        assertThat(check("/health", null, null)).isInstanceOf(Decision.Allow.class);
    }

    @Test
    void shouldAnswer403ForAForeignOriginEvenWithTheToken() {
        assertThat(status(check("/mcp", "https://evil.example", "Bearer " + TOKEN))).isEqualTo(403);
        assertThat(status(check("/health", "https://evil.example", null))).isEqualTo(403);
        assertThat(status(check("/mcp", "null", "Bearer " + TOKEN))).isEqualTo(403);
        assertThat(status(check("/mcp", "http://localhost.evil.example", "Bearer " + TOKEN))).isEqualTo(403);
        assertThat(status(check("/mcp", "http://127.0.0.1.nip.io", "Bearer " + TOKEN))).isEqualTo(403);
    }

    @Test
    void shouldAcceptLoopbackAndListedOrigins() {
        for (String origin : new String[] {"http://localhost:3000", "http://127.0.0.1", "https://127.9.9.9:8443",
            "http://[::1]:5173", "https://app.example.com"}) {
            assertThat(check("/mcp", origin, "Bearer " + TOKEN)).as(origin).isInstanceOf(Decision.Allow.class);
        }
    }
}
