package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Everything one simulated NPM holds: its tables and settings, plus the knobs it was built with. Handlers touch it only
 * while holding {@link #lock}, which makes every operation atomic, like NPM's single node process.
 */
final class SimState {

    final ReentrantLock lock = new ReentrantLock();
    final NpmProfile profile;
    final String version;
    final AcmeMode acme;
    final Duration tokenLifetime;
    final Clock clock;
    final SecureRandom random = new SecureRandom();
    final byte[] signingKey = new byte[32];

    final Table users = new Table();
    final Table proxyHosts = new Table();
    final Table redirectionHosts = new Table();
    final Table deadHosts = new Table();
    final Table streams = new Table();
    final Table certificates = new Table();
    final Table accessLists = new Table();
    final Table audit = new Table();

    /** Password per user id (NPM keeps a bcrypt hash; the simulator never shows it anyway). */
    final Map<Integer, String> secrets = new HashMap<>();
    /** Permission row per user id; absent when NPM failed to write it. */
    final Map<Integer, ObjectNode> permissions = new HashMap<>();
    final Map<Integer, TwoFactorState> twoFactor = new HashMap<>();
    final Set<Integer> deletedUsers = new HashSet<>();
    /**
     * Proxy hosts whose nginx config NPM last wrote without their access list's rules: what every NPM from 2.10 to
     * 2.15 does on enable. A render (create, update, a change of the list) writes the rules again.
     */
    final Set<Integer> accessRulesDropped = new HashSet<>();
    /** The certificate files NPM would keep on disk for Let's Encrypt certificates, by certificate id. */
    final Map<Integer, Map<String, String>> letsEncryptFiles = new HashMap<>();
    /** Basic-auth users and client rules per access list id. */
    final Map<Integer, java.util.List<ObjectNode>> accessItems = new HashMap<>();
    final Map<Integer, java.util.List<ObjectNode>> accessClients = new HashMap<>();
    final ObjectNode defaultSite;
    /** The operations this instance serves; set once before the server starts (GET /schema lists them). */
    java.util.List<Route> routes = java.util.List.of();
    int accessItemIds;
    int accessClientIds;

    SimState(NpmProfile profile, String version, AcmeMode acme, Duration tokenLifetime, Clock clock) {
        this.profile = profile;
        this.version = version;
        this.acme = acme;
        this.tokenLifetime = tokenLifetime;
        this.clock = clock;
        random.nextBytes(signingKey);
        defaultSite = Json.object();
        defaultSite.put("id", "default-site");
        defaultSite.put("name", "Default Site");
        defaultSite.put("description", "What to show when Nginx is hit with an unknown Host");
        defaultSite.put("value", "congratulations");
        defaultSite.set("meta", Json.object());
    }

    private static final DateTimeFormatter SQL_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    Instant instant() {
        return clock.instant();
    }

    /** A timestamp the way NPM's sqlite rows carry it. */
    String now() {
        return SQL_TIME.format(instant());
    }

    static String sqlTime(Instant instant) {
        return SQL_TIME.format(instant);
    }

    /** The users that exist (not soft-deleted). */
    boolean userExists(int id) {
        return users.find(id).isPresent() && !deletedUsers.contains(id);
    }

    boolean hasUsers() {
        return users.all().stream().anyMatch(u -> !deletedUsers.contains(u.get("id").asInt()));
    }

    /** Writes an audit-log row as NPM does after every change. */
    void audit(int userId, String objectType, int objectId, String action, ObjectNode meta) {
        ObjectNode row = Json.object();
        row.put("id", audit.nextId());
        row.put("created_on", now());
        row.put("modified_on", now());
        row.put("user_id", userId);
        row.put("object_type", objectType);
        row.put("object_id", objectId);
        row.put("action", action);
        row.set("meta", meta.deepCopy());
        audit.put(row);
    }
}
