package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** /users/{id}/2fa…: TOTP setup, confirmation, backup codes and removal (from 2.13.6). */
final class TwoFactor {

    private TwoFactor() {}

    static List<Route> routes() {
        return List.of(
                Route.of("GET", "/users/{userID}/2fa", "getUser2faStatus", NpmProfile::twoFactor, TwoFactor::status),
                Route.of("POST", "/users/{userID}/2fa", "setupUser2fa", NpmProfile::twoFactor, TwoFactor::setup),
                Route.of("DELETE", "/users/{userID}/2fa", "disableUser2fa", NpmProfile::twoFactor,
                        TwoFactor::disable),
                Route.of("POST", "/users/{userID}/2fa/enable", "enableUser2fa", NpmProfile::twoFactor,
                        TwoFactor::enable),
                Route.of("POST", "/users/{userID}/2fa/backup-codes", "regenUser2faCodes", NpmProfile::twoFactor,
                        TwoFactor::regenerate));
    }

    private static Schema.Obj codeSchema() {
        return Schema.object().prop("code", Schema.string(6, 8)).require("code");
    }

    private static int target(Call call) {
        Session session = call.session();
        int id = call.id("userID", "user_id");
        if (id != session.userId() && !session.admin()) {
            throw call.denied();
        }
        if (!call.state.userExists(id)) {
            throw call.notFound(id);
        }
        return id;
    }

    private static Reply status(Call call) {
        int id = target(call);
        TwoFactorState state = call.state.twoFactor.get(id);
        ObjectNode answer = Json.object();
        boolean enabled = state != null && state.enabled();
        answer.put("enabled", enabled);
        answer.put("backup_codes_remaining", enabled ? state.backupCodes().size() : 0);
        return Reply.ok(answer);
    }

    private static Reply setup(Call call) {
        int id = target(call);
        TwoFactorState existing = call.state.twoFactor.get(id);
        if (existing != null && existing.enabled()) {
            throw NpmError.validation("2FA is already enabled");
        }
        String secret = newSecret(call.state);
        call.state.twoFactor.put(id, new TwoFactorState(secret, false, List.of()));
        String email = call.state.users.find(id).orElseThrow().path("email").asText();
        ObjectNode answer = Json.object();
        answer.put("secret", secret);
        answer.put("otpauth_url", "otpauth://totp/Nginx%20Proxy%20Manager:" + encode(email) + "?secret=" + secret
                + "&period=30&digits=6&algorithm=SHA1&issuer=Nginx%20Proxy%20Manager");
        return Reply.ok(answer);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Reply enable(Call call) {
        JsonNode body = call.body(codeSchema());
        int id = target(call);
        TwoFactorState pending = call.state.twoFactor.get(id);
        if (pending == null) {
            throw NpmError.validation("2FA has not been set up");
        }
        if (pending.enabled()) {
            throw NpmError.validation("2FA is already enabled");
        }
        if (!Totp.verify(pending.secret(), body.get("code").asText(), call.state.instant())) {
            throw NpmError.validation("Invalid verification code");
        }
        List<String> codes = backupCodes(call.state);
        call.state.twoFactor.put(id, new TwoFactorState(pending.secret(), true, codes));
        return Reply.ok(codesAnswer(codes));
    }

    private static Reply disable(Call call) {
        // NPM's route checks the query parameter before anything else (routes/users.js, 2.13.6+)
        if (call.query.getOrDefault("code", "").isEmpty()) {
            throw NpmError.validation("Missing required parameter: code");
        }
        int id = target(call);
        TwoFactorState state = call.state.twoFactor.get(id);
        if (state == null || !state.enabled()) {
            throw NpmError.validation("2FA is not enabled");
        }
        if (!accept(call.state, id, call.query.getOrDefault("code", ""))) {
            throw NpmError.validation("Invalid verification code");
        }
        call.state.twoFactor.remove(id);
        return Reply.ok(BooleanNode.TRUE);
    }

    private static Reply regenerate(Call call) {
        JsonNode body = call.body(codeSchema());
        int id = target(call);
        TwoFactorState state = call.state.twoFactor.get(id);
        if (state == null || !state.enabled()) {
            throw NpmError.validation("2FA is not enabled");
        }
        if (!accept(call.state, id, body.get("code").asText())) {
            throw NpmError.validation("Invalid verification code");
        }
        List<String> codes = backupCodes(call.state);
        call.state.twoFactor.put(id, new TwoFactorState(state.secret(), true, codes));
        return Reply.ok(codesAnswer(codes));
    }

    /** A TOTP code, or a backup code (used up once accepted). */
    static boolean accept(SimState state, int userId, String code) {
        TwoFactorState twoFactor = state.twoFactor.get(userId);
        if (twoFactor == null || !twoFactor.enabled()) {
            return false;
        }
        if (code.length() == 6 && Totp.verify(twoFactor.secret(), code, state.instant())) {
            return true;
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (twoFactor.backupCodes().contains(upper)) {
            List<String> left = new ArrayList<>(twoFactor.backupCodes());
            left.remove(upper);
            state.twoFactor.put(userId, new TwoFactorState(twoFactor.secret(), true, List.copyOf(left)));
            return true;
        }
        return false;
    }

    /** Turns 2FA on directly, for tests and the builder; returns the base32 secret. */
    static String enableFor(SimState state, int userId) {
        String secret = newSecret(state);
        state.twoFactor.put(userId, new TwoFactorState(secret, true, backupCodes(state)));
        return secret;
    }

    private static String newSecret(SimState state) {
        byte[] bytes = new byte[10];
        state.random.nextBytes(bytes);
        return Totp.encode(bytes);
    }

    private static List<String> backupCodes(SimState state) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            byte[] bytes = new byte[4];
            state.random.nextBytes(bytes);
            codes.add(HexFormat.of().withUpperCase().formatHex(bytes));
        }
        return List.copyOf(codes);
    }

    private static ObjectNode codesAnswer(List<String> codes) {
        ObjectNode answer = Json.object();
        answer.set("backup_codes", Json.strings(codes));
        return answer;
    }
}
