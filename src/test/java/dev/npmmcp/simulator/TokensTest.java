package dev.npmmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static final String ADMIN = "{\"identity\":\"admin@example.com\",\"secret\":\"changeme123\"}";
    private static final String WRONG = "{\"identity\":\"admin@example.com\",\"secret\":\"nope\"}";

    private static NpmSimulator start(NpmProfile profile) {
        return NpmSimulator.builder().profile(profile).admin("admin@example.com", "changeme123").start();
    }

    @Test
    void shouldIssueAndRefreshTokens() {
        try (NpmSimulator sim = start(NpmProfile.V2_15)) {
            Api api = new Api(sim);
            Api.Answer login = api.post("/tokens", ADMIN);
            assertThat(login.status()).isEqualTo(200);
            assertThat(login.json().get("token").asText().split("\\.")).hasSize(3);
            assertThat(login.json().get("expires").asText()).endsWith("Z");
            api.token(login.json().get("token").asText());
            assertThat(api.get("/tokens").json().has("token")).isTrue();
        }
    }

    @Test
    void shouldRefuseExtraProperties() {
        try (NpmSimulator sim = start(NpmProfile.V2_15)) {
            Api.Answer answer = new Api(sim).post("/tokens", ADMIN.replace("}", ",\"expiry\":\"1d\"}"));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.message()).isEqualTo("data must NOT have additional properties");
        }
    }

    @Test
    void shouldAnswerWrongCredentialsPerVersion() {
        try (NpmSimulator v210 = start(NpmProfile.V2_10); NpmSimulator v212 = start(NpmProfile.V2_12);
                NpmSimulator v213 = start(NpmProfile.V2_13)) {
            Api.Answer old = new Api(v210).post("/tokens", WRONG);
            assertThat(old.status()).isEqualTo(401);
            assertThat(old.message()).isEqualTo("Invalid password");
            assertThat(new Api(v212).post("/tokens", WRONG).status()).isEqualTo(401);
            Api.Answer newer = new Api(v213).post("/tokens", WRONG);
            assertThat(newer.status()).isEqualTo(400);
            assertThat(newer.json().path("error").path("message_i18n").asText()).isEqualTo("error.invalid-auth");
        }
    }

    @Test
    void shouldAnswerExpiredTokenWith400AndMalformedWith500() {
        MutableClock clock = new MutableClock();
        try (NpmSimulator sim = NpmSimulator.builder().admin("admin@example.com", "changeme123").clock(clock)
                .tokenLifetime(Duration.ofMinutes(5)).start()) {
            Api api = new Api(sim).login("admin@example.com", "changeme123");
            clock.advance(Duration.ofMinutes(6));
            Api.Answer expired = api.get("/nginx/proxy-hosts");
            assertThat(expired.status()).isEqualTo(400);
            assertThat(expired.message()).isEqualTo("Token has expired");
            assertThat(expired.json().path("error").path("message_i18n").path("name").asText())
                    .isEqualTo("TokenExpiredError");
            assertThat(api.get("/tokens").status()).isEqualTo(400);
            assertThat(api.token("not-a-jwt").get("/nginx/proxy-hosts").status()).isEqualTo(500);
        }
    }

    @Test
    void shouldHideForbiddenRoutesBehindNotFoundFrom213() {
        try (NpmSimulator sim = start(NpmProfile.V2_15); NpmSimulator old = start(NpmProfile.V2_12)) {
            Api.Answer anonymous = new Api(sim).get("/nginx/proxy-hosts");
            assertThat(anonymous.status()).isEqualTo(404);
            assertThat(anonymous.message()).isEqualTo("Not Found - /nginx/proxy-hosts");
            Api.Answer before = new Api(old).get("/nginx/proxy-hosts");
            assertThat(before.status()).isEqualTo(403);
            assertThat(before.message()).isEqualTo("Permission Denied");
        }
    }

    @Test
    void shouldChallengeAndFinishTwoFactorLoginWithTotp() {
        MutableClock clock = new MutableClock();
        try (NpmSimulator sim = NpmSimulator.builder().admin("admin@example.com", "changeme123").clock(clock)
                .start()) {
            String secret = sim.enableTwoFactor("admin@example.com");
            Api api = new Api(sim);
            Api.Answer challenge = api.post("/tokens", ADMIN);
            assertThat(challenge.json().get("requires_2fa").asBoolean()).isTrue();
            String token = challenge.json().get("challenge_token").asText();
            Api.Answer wrong = api.post("/tokens/2fa", "{\"challenge_token\":\"" + token + "\",\"code\":\"000000\"}");
            assertThat(wrong.status()).isEqualTo(400);
            String code = Totp.code(secret, clock.instant());
            Api.Answer done = api.post("/tokens/2fa", "{\"challenge_token\":\"" + token + "\",\"code\":\"" + code
                    + "\"}");
            assertThat(done.status()).isEqualTo(200);
            assertThat(done.json().has("token")).isTrue();
            assertThat(api.post("/tokens/2fa", "{\"challenge_token\":\"x\",\"code\":\"123456\"}").message())
                    .isEqualTo("Invalid or expired challenge token");
        }
    }

    @Test
    void shouldNotKnowTwoFactorRoutesBefore213() {
        try (NpmSimulator sim = start(NpmProfile.V2_12)) {
            Api.Answer answer = new Api(sim).post("/tokens/2fa", "{\"challenge_token\":\"x\",\"code\":\"123456\"}");
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.message()).isEqualTo("Item Not Found - /tokens/2fa");
        }
    }
}
