package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Users: /users, first-admin setup, auth, permissions and login-as. 2FA lives in {@link TwoFactor}. */
final class Users {

    static final List<String> AREAS = List.of("proxy_hosts", "redirection_hosts", "dead_hosts", "streams",
            "access_lists", "certificates");

    private Users() {}

    static List<Route> routes() {
        return List.of(
                Route.of("GET", "/users", "getUsers", p -> true, Users::list),
                Route.of("POST", "/users", "createUser", p -> true, Users::create),
                Route.of("GET", "/users/{userID}", "getUser", p -> true, Users::get),
                Route.of("PUT", "/users/{userID}", "updateUser", p -> true, Users::update),
                Route.of("DELETE", "/users/{userID}", "deleteUser", p -> true, Users::delete),
                Route.of("PUT", "/users/{userID}/auth", "updateUserAuth", p -> true, Users::auth),
                Route.of("PUT", "/users/{userID}/permissions", "updateUserPermissions", p -> true,
                        Users::permissions),
                Route.of("POST", "/users/{userID}/login", "loginAsUser", p -> true, Users::loginAs));
    }

    static boolean isAdmin(ObjectNode user) {
        for (JsonNode role : user.path("roles")) {
            if (role.asText().equals("admin")) {
                return true;
            }
        }
        return false;
    }

    /** The user columns after id and dates. */
    static ObjectNode publicFields(ObjectNode user) {
        ObjectNode fields = Json.object();
        for (String name : List.of("is_disabled", "email", "name", "nickname", "avatar", "roles")) {
            fields.set(name, user.get(name));
        }
        return fields;
    }

    static String gravatar(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "//www.gravatar.com/avatar/" + HexFormat.of().formatHex(digest) + "?default=mm";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    /** Adds a user row (and its password and permission row) the way NPM's create does. */
    static ObjectNode insert(SimState state, String name, String nickname, String email, List<String> roles,
            boolean disabled, String avatar, Optional<String> secret, boolean withPermissions) {
        ObjectNode user = Json.object();
        int id = state.users.nextId();
        user.put("id", id);
        user.put("created_on", state.now());
        user.put("modified_on", state.now());
        user.put("is_disabled", disabled);
        user.put("email", email);
        user.put("name", name);
        user.put("nickname", nickname);
        user.put("avatar", avatar);
        user.set("roles", Json.strings(roles));
        state.users.put(user);
        secret.ifPresent(s -> state.secrets.put(id, s));
        if (withPermissions) {
            ObjectNode permissions = Json.object();
            permissions.put("visibility", roles.contains("admin") ? "all" : "user");
            AREAS.forEach(area -> permissions.put(area, "manage"));
            state.permissions.put(id, permissions);
        }
        return user;
    }

    static JsonNode permissionsJson(SimState state, int userId) {
        ObjectNode stored = state.permissions.get(userId);
        if (stored == null) {
            return NullNode.getInstance();
        }
        return state.profile.permissionRowsHaveIds() ? permissionRow(state, userId) : stored.deepCopy();
    }

    /** The whole permission row, as NPM reads it back after a write (and as its audit log keeps it). */
    private static ObjectNode permissionRow(SimState state, int userId) {
        ObjectNode row = Json.object();
        ObjectNode user = state.users.find(userId).orElseThrow();
        row.put("id", userId);
        row.set("created_on", user.get("created_on"));
        row.set("modified_on", user.get("modified_on"));
        row.put("user_id", userId);
        row.setAll(state.permissions.get(userId));
        return row;
    }

    static ObjectNode render(SimState state, ObjectNode user, boolean withPermissions) {
        ObjectNode result = user.deepCopy();
        if (withPermissions) {
            result.set("permissions", permissionsJson(state, user.get("id").asInt()));
        }
        return Render.booleans(result, state.profile);
    }

    static Optional<ObjectNode> byEmail(SimState state, String email) {
        return state.users.all().stream()
                .filter(u -> !state.deletedUsers.contains(u.get("id").asInt()))
                .filter(u -> u.path("email").asText().equalsIgnoreCase(email.trim()))
                .findFirst();
    }

    private static Schema.Obj schema(NpmProfile profile) {
        if (profile.ajv6()) {
            // endpoints/users.json at v2.10.4: tighter lengths, an email format, and no additionalProperties: false
            return Schema.openObject()
                    .prop("name", Schema.string(2, 100))
                    .prop("nickname", Schema.string(2, 50))
                    .prop("email", Schema.string(6, 100).pattern(Schema.Pat.email()))
                    .prop("roles", Schema.array(Schema.string()))
                    .prop("is_disabled", Schema.bool())
                    .prop("auth", Schema.anyObject())
                    .require("name", "nickname", "email");
        }
        return Schema.object()
                .prop("name", Schema.string(1, Integer.MAX_VALUE))
                .prop("nickname", Schema.string())
                .prop("email", Schema.string(3, Integer.MAX_VALUE))
                .prop("roles", Schema.array(Schema.string()))
                .prop("is_disabled", Schema.bool())
                .prop("auth", Schema.anyObject())
                .require("name", "nickname", "email");
    }

    private static Reply list(Call call) {
        Access.requireAdmin(call);
        boolean permissions = call.expand(java.util.Set.of("permissions")).contains("permissions");
        var array = Json.array();
        call.state.users.all().stream()
                .filter(u -> !call.state.deletedUsers.contains(u.get("id").asInt()))
                .filter(u -> call.queryFilter().map(q -> matches(u, q)).orElse(true))
                .sorted(Comparator.comparing(u -> u.path("name").asText()))
                .forEach(u -> array.add(render(call.state, u, permissions)));
        return Reply.ok(array);
    }

    private static boolean matches(ObjectNode user, String query) {
        String lower = query.toLowerCase(Locale.ROOT);
        return user.path("name").asText().toLowerCase(Locale.ROOT).contains(lower)
                || user.path("email").asText().toLowerCase(Locale.ROOT).contains(lower);
    }

    private static Reply create(Call call) {
        SimState state = call.state;
        JsonNode body = call.body(schema(call.profile()));
        boolean setup = state.profile.hasSetup() && !state.hasUsers();
        Optional<Session> session = setup ? Optional.empty() : Optional.of(Access.requireAdmin(call));
        Table.columnsOnly(body, "name", "nickname", "email", "roles", "is_disabled", "auth");
        List<String> roles = setup ? List.of("admin") : strings(body.path("roles"));
        JsonNode auth = body.path("auth");
        Optional<String> secret = auth.path("type").asText("password").equals("password")
                ? Optional.ofNullable(auth.path("secret").textValue()).filter(s -> !s.isEmpty())
                : Optional.empty();
        // NPM 2.15 fails after writing the user and its password when the caller sends auth without roles.
        boolean failsHalfway = !setup && auth.isObject() && !body.has("roles");
        ObjectNode user = insert(state, body.get("name").asText(), body.path("nickname").asText(""),
                body.get("email").asText(), roles, body.path("is_disabled").asBoolean(false),
                gravatar(body.get("email").asText()), secret, !failsHalfway);
        if (failsHalfway) {
            throw NpmError.internal();
        }
        int actor = session.map(Session::userId).orElse(user.get("id").asInt());
        ObjectNode answer = render(state, user, true);
        state.audit(actor, "user", user.get("id").asInt(), "created", answer);
        return Reply.created(answer);
    }

    /** The target of /users/{userID}: "me" or an id; others than oneself need admin. */
    private static ObjectNode target(Call call, Session session) {
        String raw = call.param("userID");
        int id = raw.equals("me") ? session.userId() : call.id("userID", "user_id");
        if (id != session.userId() && !session.admin()) {
            throw call.denied();
        }
        if (!call.state.userExists(id)) {
            throw call.notFound(id);
        }
        return call.state.users.find(id).orElseThrow();
    }

    /**
     * On 2.10 an admin's write to a missing user works on the empty row NPM's get() reads (see
     * {@link NpmProfile#unknownIdIsOk}).
     */
    private static boolean emptyRow(Call call, Session session) {
        return call.profile().unknownIdIsOk() && session.admin() && !call.param("userID").equals("me")
                && !call.state.userExists(call.id("userID", "user_id"));
    }

    /** 2.10's update, auth and permissions writes check that the row read has the id asked for. */
    private static NpmError idMismatch(Call call) {
        return NpmError.internalValidation("User could not be updated, IDs do not match: undefined !== "
                + call.param("userID"));
    }

    private static Reply get(Call call) {
        Session session = call.session();
        boolean permissions = call.expand(java.util.Set.of("permissions")).contains("permissions");
        if (call.profile().unknownIdIsOk() && !call.param("userID").equals("me")
                && !call.state.userExists(call.id("userID", "user_id")) && session.admin()) {
            return Reply.ok(Json.object());
        }
        return Reply.ok(render(call.state, target(call, session), permissions));
    }

    /**
     * NPM lowercases a new email and refuses one another user has; roles sent by a non-admin are dropped without a
     * word; the avatar follows the email. The audit row keeps what was sent (booleans as 0/1), plus the name from 2.13.
     */
    private static Reply update(Call call) {
        Session session = call.session();
        JsonNode body = call.body(schema(call.profile()).without("auth")
                .partial(call.profile().partialUpdatesNeedProperties()));
        if (emptyRow(call, session)) {
            throw idMismatch(call);
        }
        Table.columnsOnly(body, "name", "nickname", "email", "roles", "is_disabled");
        ObjectNode user = target(call, session);
        int id = user.get("id").asInt();
        ObjectNode data = ((ObjectNode) body).deepCopy();
        if (!session.admin()) {
            data.remove("roles");
        }
        if (data.has("email")) {
            String email = data.get("email").asText().toLowerCase(Locale.ROOT).trim();
            data.put("email", email);
            if (!email.equals(user.path("email").asText()) && byEmail(call.state, email)
                    .filter(other -> other.get("id").asInt() != id).isPresent()) {
                throw NpmError.validation("Email address already in use - " + email);
            }
        }
        data.fields().forEachRemaining(field -> user.set(field.getKey(), field.getValue()));
        user.put("avatar", gravatar(user.get("email").asText()));
        user.put("modified_on", call.state.now());
        if (data.has("is_disabled")) {
            data.put("is_disabled", data.get("is_disabled").asBoolean() ? 1 : 0);
        }
        data.put("id", id);
        data.set("avatar", user.get("avatar"));
        if (call.profile().auditNamesUpdatedUser()) {
            data.set("name", user.get("name"));
        }
        call.state.audit(session.userId(), "user", id, "updated", data);
        return Reply.ok(render(call.state, user, false));
    }

    private static Reply delete(Call call) {
        Session session = Access.requireAdmin(call);
        int id = call.id("userID", "user_id");
        if (id == session.userId()) {
            throw NpmError.of(403, "Permission Denied");
        }
        if (emptyRow(call, session)) {
            // 2.10 patches the empty row's undefined id, which knex refuses
            throw NpmError.internal();
        }
        if (!call.state.userExists(id)) {
            throw call.notFound(id);
        }
        ObjectNode user = call.state.users.find(id).orElseThrow();
        call.state.deletedUsers.add(id);
        call.state.audit(session.userId(), "user", id, "deleted", render(call.state, user, false));
        return Reply.ok(BooleanNode.TRUE);
    }

    private static Reply auth(Call call) {
        Session session = call.session();
        Schema.Obj schema = Schema.openObject()
                .prop("type", Schema.string().pattern(Schema.Pat.regex("^password$")))
                .prop("current", Schema.string(1, 64))
                .prop("secret", Schema.string(8, 64))
                .require("type", "secret");
        JsonNode body = call.body(schema);
        if (emptyRow(call, session)) {
            throw idMismatch(call);
        }
        ObjectNode user = target(call, session);
        int id = user.get("id").asInt();
        if (id == session.userId()) {
            String current = body.path("current").asText("");
            if (current.isEmpty()) {
                throw NpmError.validation("Current password was not supplied");
            }
            if (!current.equals(call.state.secrets.get(id))) {
                throw NpmError.validation("Invalid email or password")
                        .withI18n(com.fasterxml.jackson.databind.node.TextNode.valueOf("error.invalid-auth"));
            }
        }
        call.state.secrets.put(id, body.get("secret").asText());
        ObjectNode meta = Json.object();
        meta.set("name", user.get("name"));
        meta.put("password_changed", true);
        meta.put("auth_type", "password");
        call.state.audit(session.userId(), "user", id, "updated", meta);
        return Reply.json(call.profile().userAuthStatus(), BooleanNode.TRUE);
    }

    private static Reply permissions(Call call) {
        Session session = Access.requireAdmin(call);
        // 2.10's endpoint schema checks the values by pattern and takes an empty object (no minProperties)
        boolean old = call.profile().ajv6();
        Schema.Obj schema = Schema.openObject()
                .prop("visibility", old ? Schema.string().pattern(Schema.Pat.regex("^(all|user)$"))
                        : Schema.oneOfValues("all", "user"))
                .minProperties(old ? 0 : 1);
        for (String area : AREAS) {
            schema = schema.prop(area, old ? Schema.string().pattern(Schema.Pat.regex("^(hidden|view|manage)$"))
                    : Schema.oneOfValues("hidden", "view", "manage"));
        }
        JsonNode body = call.body(schema);
        int id = call.id("userID", "user_id");
        if (emptyRow(call, session)) {
            throw idMismatch(call);
        }
        if (!call.state.userExists(id)) {
            throw call.notFound(id);
        }
        ObjectNode permissions = call.state.permissions.computeIfAbsent(id, ignored -> {
            ObjectNode fresh = Json.object();
            fresh.put("visibility", "user");
            AREAS.forEach(area -> fresh.put(area, "manage"));
            return fresh;
        });
        for (String name : schemaNames()) {
            if (body.has(name)) {
                permissions.set(name, body.get(name));
            }
        }
        ObjectNode meta = Json.object();
        meta.set("name", call.state.users.find(id).orElseThrow().get("name"));
        meta.set("permissions", permissionRow(call.state, id));
        call.state.audit(session.userId(), "user", id, "updated", meta);
        return Reply.json(call.profile().userAuthStatus(), BooleanNode.TRUE);
    }

    private static List<String> schemaNames() {
        List<String> names = new java.util.ArrayList<>(AREAS);
        names.addFirst("visibility");
        return names;
    }

    private static Reply loginAs(Call call) {
        Session session = Access.requireAdmin(call);
        int id = call.id("userID", "user_id");
        if (emptyRow(call, session)) {
            // 2.10 signs a token for the empty row it read (no user id in it) and sends the row along
            ObjectNode answer = Tokens.issue(call.state, 0, Tokens.USER_SCOPE, call.state.tokenLifetime).toJson();
            answer.set("user", Json.object());
            return Reply.ok(answer);
        }
        if (!call.state.userExists(id)) {
            throw call.notFound(id);
        }
        ObjectNode user = call.state.users.find(id).orElseThrow();
        ObjectNode answer = Tokens.issue(call.state, id, Tokens.USER_SCOPE, call.state.tokenLifetime).toJson();
        answer.set("user", render(call.state, user, false));
        return Reply.ok(answer);
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
