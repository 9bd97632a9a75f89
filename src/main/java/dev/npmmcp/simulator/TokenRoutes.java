package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** /tokens: login, refresh and the second step of a 2FA login. */
final class TokenRoutes {

    private static final Duration CHALLENGE_LIFETIME = Duration.ofMinutes(5);

    private TokenRoutes() {}

    static List<Route> routes() {
        return List.of(
                Route.of("POST", "/tokens", "requestToken", p -> true, TokenRoutes::login),
                Route.of("GET", "/tokens", "refreshToken", p -> true, TokenRoutes::refresh),
                Route.of("POST", "/tokens/2fa", "loginWith2FA", NpmProfile::twoFactor, TokenRoutes::secondStep));
    }

    private static Reply login(Call call) {
        Schema.Obj schema = call.profile().ajv6()
                // endpoints/tokens.json at v2.10.4: three plain strings, other fields let through
                ? Schema.openObject().prop("identity", Schema.string()).prop("secret", Schema.string())
                        .prop("scope", Schema.string()).require("identity", "secret")
                : Schema.object()
                        .prop("identity", Schema.string(1, Integer.MAX_VALUE))
                        .prop("scope", new Schema.Str(1, Integer.MAX_VALUE, List.of(), List.of("user")))
                        .prop("secret", Schema.string(1, Integer.MAX_VALUE))
                        .require("identity", "secret");
        JsonNode body = call.body(schema);
        SimState state = call.state;
        // NPM looks the user up with is_disabled = 0, so a disabled user is answered as an unknown one
        Optional<ObjectNode> user = Users.byEmail(state, body.get("identity").asText())
                .filter(u -> !u.path("is_disabled").asBoolean());
        if (user.isEmpty()) {
            throw wrongCredentials(state.profile, false);
        }
        int id = user.get().get("id").asInt();
        if (!body.get("secret").asText().equals(state.secrets.get(id))) {
            throw wrongCredentials(state.profile, true);
        }
        TwoFactorState twoFactor = state.twoFactor.get(id);
        if (state.profile.twoFactor() && twoFactor != null && twoFactor.enabled()) {
            ObjectNode challenge = Json.object();
            challenge.put("requires_2fa", true);
            challenge.put("challenge_token",
                    Tokens.issue(state, id, Tokens.CHALLENGE_SCOPE, CHALLENGE_LIFETIME).token());
            return Reply.ok(challenge);
        }
        return Reply.ok(Tokens.issue(state, id, Tokens.USER_SCOPE, state.tokenLifetime).toJson());
    }

    /** 2.10 says which half was wrong; later versions do not; 2.13 made it a 400 and tagged a wrong password. */
    private static NpmError wrongCredentials(NpmProfile profile, boolean knownUser) {
        if (profile == NpmProfile.V2_10) {
            return NpmError.of(401, knownUser ? "Invalid password" : "No relevant user found");
        }
        NpmError error = NpmError.of(profile.wrongCredentialsStatus(), "Invalid email or password");
        return knownUser && profile.twoFactor() ? error.withI18n(TextNode.valueOf("error.invalid-auth")) : error;
    }

    private static Reply refresh(Call call) {
        Session session = call.session();
        return Reply.ok(Tokens.issue(call.state, session.userId(), Tokens.USER_SCOPE, call.state.tokenLifetime)
                .toJson());
    }

    private static Reply secondStep(Call call) {
        Schema.Obj schema = Schema.object()
                .prop("challenge_token", Schema.string(1, Integer.MAX_VALUE))
                .prop("code", Schema.string(6, 8))
                .require("challenge_token", "code");
        JsonNode body = call.body(schema);
        SimState state = call.state;
        Tokens.Claims claims = Tokens.read(state, body.get("challenge_token").asText())
                .filter(c -> c.scope().equals(Tokens.CHALLENGE_SCOPE))
                .filter(c -> c.expires().isAfter(state.instant()))
                .orElseThrow(() -> NpmError.validation("Invalid or expired challenge token"));
        if (!TwoFactor.accept(state, claims.userId(), body.get("code").asText())) {
            throw NpmError.validation("Invalid verification code");
        }
        return Reply.ok(Tokens.issue(state, claims.userId(), Tokens.USER_SCOPE, state.tokenLifetime).toJson());
    }
}
