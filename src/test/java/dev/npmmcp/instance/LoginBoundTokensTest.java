package dev.npmmcp.instance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.npmmcp.npm.CachedToken;
import dev.npmmcp.npm.TokenStore;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginBoundTokensTest {

    private final TokenStore shared = TokenStore.inMemory();
    private final CachedToken token = new CachedToken("eyJhbGciOiJIUzI1NiJ9.e30.sig", Instant.now().plusSeconds(600));

    private static InstanceSpec home(String password) {
        return InstanceSpecs.withPassword("home", "npm.lan", 81, "admin@example.com", password);
    }

    @Test
    void shouldGiveTheTokenBackToTheSameLoginOnly() {
        LoginBoundTokens.of(shared, home("first-password")).save("home", token);

        assertThat(LoginBoundTokens.of(shared, home("first-password")).load("home")).contains(token);
        assertThat(LoginBoundTokens.of(shared, home("second-password")).load("home")).isEmpty();
        // dropped, not kept for later: the old login's token is gone for good
        assertThat(LoginBoundTokens.of(shared, home("first-password")).load("home")).isEmpty();
        assertThat(shared.load("home")).isEmpty();
    }

    @Test
    void shouldDropATokenCachedWithoutItsLogin() {
        shared.save("home", token);

        assertThat(LoginBoundTokens.of(shared, home("first-password")).load("home")).isEmpty();
    }

    @Test
    void shouldNotStoreTheCredentialsThemselves() {
        LoginBoundTokens.of(shared, home("first-password")).save("home", token);

        assertThat(shared.load("home#login").orElseThrow().token())
                .doesNotContain("first-password", "admin@example.com")
                .hasSize(64);
    }
}
