package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Authentication and permission checks the way NPM's access layer does them. */
final class Access {

    private Access() {}

    static Session authenticate(Call call) {
        String header = call.authorization.orElseThrow(call::denied);
        if (!header.startsWith("Bearer ")) {
            throw call.denied();
        }
        Tokens.Claims claims = Tokens.read(call.state, header.substring(7).trim()).orElseThrow(NpmError::internal);
        if (!claims.expires().isAfter(call.state.instant())) {
            ObjectNode i18n = Json.object();
            i18n.put("name", "TokenExpiredError");
            i18n.put("message", "jwt expired");
            i18n.put("expiredAt", Tokens.iso(claims.expires()));
            throw NpmError.of(400, "Token has expired").withI18n(i18n);
        }
        if (!claims.scope().equals(Tokens.USER_SCOPE) || !call.state.userExists(claims.userId())) {
            throw call.denied();
        }
        ObjectNode user = call.state.users.find(claims.userId()).orElseThrow();
        if (user.path("is_disabled").asBoolean()) {
            throw call.denied();
        }
        boolean admin = Users.isAdmin(user);
        return new Session(claims.userId(), admin, Optional.ofNullable(call.state.permissions.get(claims.userId())));
    }

    /** The session, provided it may act on {@code area} at {@code level}. */
    static Session require(Call call, String area, String level) {
        Session session = call.session();
        if (!session.may(area, level)) {
            throw call.denied();
        }
        return session;
    }

    static Session requireAdmin(Call call) {
        Session session = call.session();
        if (!session.admin()) {
            throw call.denied();
        }
        return session;
    }
}
