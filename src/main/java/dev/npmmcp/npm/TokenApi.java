package dev.npmmcp.npm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;

/**
 * NPM's token routes, for tools that log in with other credentials than the instance's (validating new credentials
 * before applying them). The client's own login goes through the same routes.
 */
public final class TokenApi {

    /** What {@code POST /tokens} answered. */
    public sealed interface LoginAnswer {
        record Issued(CachedToken token) implements LoginAnswer {}

        /** 2FA is on: finish with {@link #loginWith2fa}. */
        record ChallengeRequired(String challengeToken) implements LoginAnswer {
            public ChallengeRequired {
                Objects.requireNonNull(challengeToken, "challengeToken");
            }

            @Override
            public String toString() {
                return "ChallengeRequired[***]";
            }
        }
    }

    private final NpmClient client;

    /** Reads a {@code {token, expires}} answer of another route (login as user), keeping the token out of errors. */
    public static CachedToken tokenOf(NpmClient client, NpmRequest request, JsonNode answer) {
        return client.parseToken(request, answer.toString());
    }

    public TokenApi(NpmClient client) {
        this.client = client;
    }

    @NpmOperation("requestToken")
    public LoginAnswer requestToken(String identity, String secret) {
        client.registerSecret(secret);
        NpmRequest request = NpmRequest.post("requestToken", "/tokens", Map.of("identity", identity, "secret", secret))
                .unauthenticated();
        JsonNode answer = client.send(request);
        if (answer.path("requires_2fa").asBoolean(false)) {
            String challenge = answer.path("challenge_token").asText("");
            client.registerSecret(challenge);
            return new LoginAnswer.ChallengeRequired(challenge);
        }
        return new LoginAnswer.Issued(client.parseToken(request, answer.toString()));
    }

    /** Finishes a 2FA login with a 6-digit code (or a backup code). */
    @NpmOperation("loginWith2FA")
    public CachedToken loginWith2fa(String challengeToken, String code) {
        NpmRequest request = NpmRequest.post("loginWith2FA", "/tokens/2fa",
                        Map.of("challenge_token", challengeToken, "code", code))
                .unauthenticated();
        JsonNode answer = client.send(request);
        return client.parseToken(request, answer.toString());
    }

    /** A fresh token for the client's current one; it replaces the cached token. */
    @NpmOperation("refreshToken")
    public CachedToken refreshToken() {
        return client.refreshNow();
    }
}
