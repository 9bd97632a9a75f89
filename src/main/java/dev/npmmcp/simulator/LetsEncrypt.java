package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The certbot step of a Let's Encrypt request. With {@link AcmeMode#ISSUE} it "issues" (a 90-day record and files for
 * download); with {@link AcmeMode#UNREACHABLE} it fails the way each NPM version reports certbot failing.
 */
final class LetsEncrypt {

    static final Duration VALIDITY = Duration.ofDays(90);
    /** The issuer openssl prints for a Let's Encrypt certificate, as NPM reads it. */
    static final String ISSUER = "C = US, O = Let's Encrypt, CN = R11";

    private LetsEncrypt() {}

    /** The account email certbot gets: the request's up to 2.12 (literally "undefined" if absent), the user's after. */
    static String email(SimState state, int userId, JsonNode meta) {
        if (state.profile.letsEncryptAccountFields()) {
            return meta.path("letsencrypt_email").asText("undefined");
        }
        return state.users.find(userId).map(u -> u.path("email").asText()).orElse("undefined");
    }

    /** Runs "certbot" for this certificate id; throws NPM's 500 when ACME is unreachable or nothing is asked. */
    static void certbot(SimState state, int certificateId, List<String> domains, String email, JsonNode meta) {
        DnsProviders.checkPlugin(state.profile, meta);
        if (state.acme == AcmeMode.UNREACHABLE || domains.isEmpty()) {
            throw failure(state, certificateId, domains, email, meta);
        }
        List<String> internal = domains.stream().filter(LetsEncrypt::internal).toList();
        if (state.acme == AcmeMode.ISSUE && !internal.isEmpty()) {
            throw NpmError.command(state.profile == NpmProfile.V2_10 ? "Error" : "CommandError",
                    "An unexpected error occurred:\nError creating new order :: Cannot issue for \""
                            + internal.getFirst() + "\": Domain name does not end with a valid public suffix (TLD)",
                    Optional.empty());
        }
        if (email.equals("undefined")) {
            // NPM up to 2.12 passes the request's email through; without one certbot registers "undefined"
            throw NpmError.command(state.profile == NpmProfile.V2_10 ? "Error" : "CommandError",
                    (state.profile == NpmProfile.V2_10 ? "Command failed: certbot certonly -m undefined \n" : "")
                            + "An unexpected error occurred:\nThe ACME server believes undefined is an invalid email"
                            + " address. Please ensure it is a valid email and attempt registration again.",
                    Optional.empty());
        }
        writeFiles(state, certificateId);
    }

    /** A name the public CA refuses: one label, or under a suffix no registry hands out. */
    private static boolean internal(String name) {
        String host = name.toLowerCase(Locale.ROOT).replaceFirst("^\\*\\.", "");
        return !host.contains(".") || Stream.of(".lan", ".local", ".home", ".internal",
                ".localdomain", ".home.arpa", ".test", ".localhost", ".corp").anyMatch(host::endsWith);
    }

    /** The files certbot leaves under /etc/letsencrypt/live/npm-ID, served by the download route. */
    static void writeFiles(SimState state, int certificateId) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("cert.pem", fakePem(state, "CERTIFICATE", 1200));
        files.put("chain.pem", fakePem(state, "CERTIFICATE", 1100));
        files.put("fullchain.pem", files.get("cert.pem") + files.get("chain.pem"));
        files.put("privkey.pem", fakePem(state, "PRIVATE KEY", 1190));
        state.letsEncryptFiles.put(certificateId, files);
    }

    private static String fakePem(SimState state, String label, int size) {
        byte[] bytes = new byte[size];
        state.random.nextBytes(bytes);
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(bytes)
                + "\n-----END " + label + "-----\n";
    }

    private static NpmError failure(SimState state, int id, List<String> domains, String email, JsonNode meta) {
        List<String> args = new ArrayList<>(List.of("certonly"));
        if (state.profile == NpmProfile.V2_15) {
            args.add("-n");
        }
        args.addAll(List.of("--config", "/etc/letsencrypt.ini", "--work-dir", "/tmp/letsencrypt-lib", "--logs-dir",
                "/data/logs", "--cert-name", "npm-" + id, "--agree-tos", "--authenticator", "webroot", "-m", email,
                "--preferred-challenges", "http", "--domains", String.join(",", domains)));
        if (meta.has("key_type")) {
            args.addAll(List.of("--key-type", meta.get("key_type").asText()));
        }
        String command = "certbot " + String.join(" ", args);
        return switch (state.profile) {
            case V2_10 -> NpmError.command("Error", "Command failed: " + command + " \n/bin/sh: 1: certbot: not found",
                    Optional.empty());
            case V2_12 -> NpmError.command("CommandError", "/bin/sh: 1: certbot: not found", Optional.empty());
            case V2_13, V2_15 -> {
                ObjectNode previous = Json.object();
                previous.put("errno", -2);
                previous.put("code", "ENOENT");
                previous.put("syscall", "spawn certbot");
                previous.put("path", "certbot");
                ArrayNode spawnargs = previous.putArray("spawnargs");
                args.forEach(spawnargs::add);
                previous.put("cmd", command);
                yield NpmError.command("Error", "", Optional.of(previous));
            }
        };
    }
}
