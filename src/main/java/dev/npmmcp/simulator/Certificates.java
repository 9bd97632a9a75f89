package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Certificates: /nginx/certificates. There is no PUT: a custom certificate is a {@code provider: "other"} record then a
 * multipart upload ({@link CertificateFiles}); a Let's Encrypt one runs certbot ({@link LetsEncrypt}). GET by id and
 * the list return the private key of custom certificates in {@code meta.certificate_key}, as NPM does.
 */
final class Certificates {

    private Certificates() {}

    static List<Route> routes() {
        return List.of(
                Route.of("GET", "/nginx/certificates", "getCertificates", p -> true, Certificates::list),
                Route.of("POST", "/nginx/certificates", "createCertificate", p -> true, Certificates::create),
                Route.of("GET", "/nginx/certificates/dns-providers", "getDNSProviders", NpmProfile::dnsProviders,
                        Certificates::dnsProviders),
                Route.of("POST", "/nginx/certificates/validate", "validateCertificates", p -> true,
                        CertificateFiles::validate),
                Route.of("POST", "/nginx/certificates/test-http", "testHttpReach", NpmProfile::testHttpByPost,
                        CertificateFiles::testHttpPost),
                Route.of("GET", "/nginx/certificates/test-http", "testHttpReach", p -> !p.testHttpByPost(),
                        CertificateFiles::testHttpGet),
                Route.of("GET", "/nginx/certificates/{certID}", "getCertificate", p -> true, Certificates::get),
                Route.of("DELETE", "/nginx/certificates/{certID}", "deleteCertificate", p -> true,
                        Certificates::delete),
                Route.of("GET", "/nginx/certificates/{certID}/download", "downloadCertificate", p -> true,
                        CertificateFiles::download),
                Route.of("POST", "/nginx/certificates/{certID}/renew", "renewCertificate", p -> true,
                        Certificates::renew),
                Route.of("POST", "/nginx/certificates/{certID}/upload", "uploadCertificate", p -> true,
                        CertificateFiles::upload));
    }

    static Schema.Obj schema(NpmProfile profile) {
        Schema.Obj meta = profile.ajv6() ? meta210() : Schema.object()
                .prop("certificate", Schema.string(1, Integer.MAX_VALUE))
                .prop("certificate_key", Schema.string(1, Integer.MAX_VALUE))
                .prop("dns_challenge", Schema.bool())
                .prop("dns_provider_credentials", Schema.string())
                .prop("dns_provider", Schema.string())
                .prop("letsencrypt_certificate", Schema.anyObject())
                .prop("propagation_seconds", Schema.integer(0, Long.MAX_VALUE));
        if (profile.letsEncryptAccountFields() && !profile.ajv6()) {
            meta = meta.prop("letsencrypt_email", Schema.string()).prop("letsencrypt_agree", Schema.bool());
        }
        if (profile.keyType()) {
            meta = meta.prop("key_type", Schema.oneOfValues("rsa", "ecdsa"));
        }
        return Schema.object()
                .prop("provider", Schema.string().pattern(Schema.Pat.regex("^(letsencrypt|other)$")))
                .prop("nice_name", Schema.string())
                .prop("domain_names", Domains.names(profile, 0))
                .prop("meta", meta)
                .require("provider");
    }

    /**
     * 2.10's certificate meta (endpoints/certificates.json at v2.10.4) knows the Let's Encrypt fields alone, the email
     * checked as one; the files of a custom certificate only come by upload.
     */
    private static Schema.Obj meta210() {
        return Schema.object()
                .prop("letsencrypt_email", Schema.string().pattern(Schema.Pat.email()))
                .prop("letsencrypt_agree", Schema.bool())
                .prop("dns_challenge", Schema.bool())
                .prop("dns_provider", Schema.string())
                .prop("dns_provider_credentials", Schema.string())
                .prop("propagation_seconds", new Schema.AnyOf(List.of(Schema.integer(0, Long.MAX_VALUE))));
    }

    /** The certificate as hosts embed it: no files in meta; {@code is_deleted} where NPM's relation loads it. */
    static JsonNode embedded(SimState state, int id, boolean withDeleted) {
        return state.certificates.find(id).<JsonNode>map(row -> {
            ObjectNode copy = Json.object();
            row.fields().forEachRemaining(field -> {
                copy.set(field.getKey(), field.getKey().equals("meta") ? Json.object() : field.getValue());
                if (field.getKey().equals("owner_user_id") && (withDeleted || state.profile.numericBooleans())) {
                    copy.put("is_deleted", false);
                }
            });
            return copy;
        }).orElse(NullNode.getInstance());
    }

    /**
     * The certificate a route acts on. 2.10 reads a missing one as an empty row ({@link NpmProfile#unknownIdIsOk}), so
     * renew, download and upload then refuse it for its provider instead of saying 404.
     */
    static ObjectNode row(Call call, Session session, int id) {
        if (call.profile().unknownIdIsOk()) {
            return call.state.certificates.find(id).filter(session::sees).orElseGet(Json::object);
        }
        return call.state.certificates.find(id).filter(session::sees).orElseThrow(() -> call.notFound(id));
    }

    /**
     * What a certificate read may expand: NPM's allowGraph in internal/certificate.js is {@code [owner]} on 2.10,
     * adds the three host types on 2.12 and streams on 2.13; anything else is a 500.
     */
    static Set<String> expansions(NpmProfile profile) {
        if (profile.atLeast(NpmProfile.V2_13)) {
            return Set.of("owner", "proxy_hosts", "redirection_hosts", "dead_hosts", "streams");
        }
        return profile.atLeast(NpmProfile.V2_12)
                ? Set.of("owner", "proxy_hosts", "redirection_hosts", "dead_hosts")
                : Set.of("owner");
    }

    private static ObjectNode render(Call call, ObjectNode row, List<String> order) {
        SimState state = call.state;
        int id = row.path("id").asInt();
        Map<String, JsonNode> values = new HashMap<>();
        values.put("owner", Render.owner(state, row.path("owner_user_id").asInt(), false));
        values.put("proxy_hosts", using(state, state.proxyHosts, id));
        values.put("redirection_hosts", using(state, state.redirectionHosts, id));
        values.put("dead_hosts", using(state, state.deadHosts, id));
        values.put("streams", using(state, state.streams, id));
        return Render.booleans(Render.expanded(withoutOmissions(row, call.profile()), order, values),
                call.profile());
    }

    /** From 2.13 NPM's omissions() drop the DNS provider's credentials from what certificate reads answer. */
    private static ObjectNode withoutOmissions(ObjectNode row, NpmProfile profile) {
        ObjectNode copy = row.deepCopy();
        if (profile.atLeast(NpmProfile.V2_13) && copy.path("meta").isObject()) {
            ((ObjectNode) copy.get("meta")).remove("dns_provider_credentials");
        }
        return copy;
    }

    /**
     * A Let's Encrypt create answers the re-read row with what openssl read from the new fullchain.pem added to its
     * meta as {@code letsencrypt_certificate} (for the audit log; the stored meta does not keep it).
     */
    private static ObjectNode issuedAnswer(SimState state, ObjectNode row) {
        ObjectNode answer = withoutOmissions(row, state.profile);
        ObjectNode info = Json.object();
        info.put("cn", row.path("domain_names").path(0).asText());
        info.put("issuer", LetsEncrypt.ISSUER);
        ObjectNode dates = info.putObject("dates");
        dates.put("from", state.instant().getEpochSecond());
        dates.put("to", state.instant().plus(LetsEncrypt.VALIDITY).getEpochSecond());
        ((ObjectNode) answer.get("meta")).set("letsencrypt_certificate", info);
        return answer;
    }

    /**
     * The rows of one host table that use the certificate, as NPM's relation loads them: with {@code is_deleted} on
     * 2.12, without it from 2.13 (cleanExpansions drops it).
     */
    private static ArrayNode using(SimState state, Table table, int certificateId) {
        ArrayNode rows = Json.array();
        table.all().stream()
                .filter(host -> host.path("certificate_id").asInt() == certificateId)
                .forEach(host -> {
                    ObjectNode copy = Json.object();
                    host.fields().forEachRemaining(field -> {
                        copy.set(field.getKey(), field.getValue());
                        if (field.getKey().equals("owner_user_id") && !state.profile.atLeast(NpmProfile.V2_13)) {
                            copy.put("is_deleted", false);
                        }
                    });
                    rows.add(copy);
                });
        return rows;
    }

    private static Reply list(Call call) {
        Session session = Access.require(call, "certificates", "view");
        call.expand(expansions(call.profile()));
        List<String> order = call.expandOrder();
        var array = Json.array();
        call.state.certificates.all().stream()
                .filter(session::sees)
                // NPM's getAll searches nice_name alone (sqlite LIKE: ASCII case folded), not the domain names
                .filter(row -> call.queryFilter().map(q -> row.path("nice_name").asText().toLowerCase(Locale.ROOT)
                        .contains(q.toLowerCase(Locale.ROOT))).orElse(true))
                .sorted(Comparator.comparing(row -> row.path("nice_name").asText()))
                .forEach(row -> array.add(render(call, row, order)));
        return Reply.ok(array);
    }

    private static Reply get(Call call) {
        Session session = Access.require(call, "certificates", "view");
        int id = call.id("certID", "certificate_id");
        call.expand(expansions(call.profile()));
        if (call.profile().unknownIdIsOk() && call.state.certificates.find(id).filter(session::sees).isEmpty()) {
            return Reply.ok(Json.object());
        }
        return Reply.ok(render(call, row(call, session, id), call.expandOrder()));
    }


    private static Reply dnsProviders(Call call) {
        Access.require(call, "certificates", "view");
        return Reply.ok(DnsProviders.list(call.profile()));
    }

    private static Reply create(Call call) {
        Session session = call.session();
        JsonNode body = call.body(schema(call.profile()));
        if (!session.may("certificates", "manage")) {
            throw call.denied();
        }
        SimState state = call.state;
        JsonNode meta = body.has("meta") ? body.get("meta") : Json.object();
        List<String> domains = Users.strings(body.path("domain_names"));
        if (body.get("provider").asText().equals("letsencrypt")) {
            ObjectNode row = issue(state, session.userId(), domains, meta);
            return Reply.created(Render.booleans(issuedAnswer(state, row), call.profile()));
        }
        ObjectNode answer = Json.object();
        answer.put("provider", "other");
        answer.put("nice_name", body.path("nice_name").asText(""));
        answer.put("owner_user_id", session.userId());
        answer.put("created_on", state.now());
        answer.put("modified_on", state.now());
        answer.put("expires_on", state.now());
        answer.set("domain_names", Json.strings(domains));
        answer.set("meta", meta);
        int id = state.certificates.nextId();
        answer.put("id", id);
        state.certificates.put(stored(answer));
        state.audit(session.userId(), "certificate", id, "created", answer);
        return Reply.created(answer);
    }

    /** The stored row, in the column order GET returns. */
    private static ObjectNode stored(ObjectNode answer) {
        ObjectNode row = Json.object();
        for (String name : List.of("id", "created_on", "modified_on", "owner_user_id", "provider", "nice_name",
                "domain_names", "expires_on", "meta")) {
            row.set(name, answer.get(name));
        }
        return row;
    }

    /** A Let's Encrypt certificate: the id is taken first (certbot names it npm-ID), the record kept only on success. */
    static ObjectNode issue(SimState state, int userId, List<String> domains, JsonNode meta) {
        int id = state.certificates.nextId();
        LetsEncrypt.certbot(state, id, domains, LetsEncrypt.email(state, userId, meta), meta);
        ObjectNode row = Json.object();
        row.put("id", id);
        row.put("created_on", state.now());
        row.put("modified_on", state.now());
        row.put("owner_user_id", userId);
        row.put("provider", "letsencrypt");
        row.put("nice_name", String.join(", ", domains));
        row.set("domain_names", Json.strings(domains));
        row.put("expires_on", SimState.sqlTime(state.instant().plus(LetsEncrypt.VALIDITY)));
        ObjectNode storedMeta = meta.isObject() ? ((ObjectNode) meta).deepCopy() : Json.object();
        if (!storedMeta.has("dns_challenge")) {
            storedMeta.put("dns_challenge", false);
        }
        row.set("meta", storedMeta);
        state.certificates.put(row);
        state.audit(userId, "certificate", id, "created", row);
        return row;
    }

    /**
     * certificate_id "new" on a host: a Let's Encrypt certificate for the host's names, with the host's own meta (where
     * NPM up to 2.12 finds the account email), as NPM's createQuickCertificate does.
     */
    static ObjectNode issueForHost(Call call, Session session, JsonNode domainNames, JsonNode hostMeta) {
        if (!session.may("certificates", "manage")) {
            throw call.denied();
        }
        ObjectNode meta = hostMeta.isObject() ? ((ObjectNode) hostMeta).deepCopy() : Json.object();
        meta.put("dns_challenge", meta.path("dns_challenge").asBoolean(false));
        return issue(call.state, session.userId(), Users.strings(domainNames), meta);
    }

    private static Reply delete(Call call) {
        Session session = Access.require(call, "certificates", "manage");
        int id = call.id("certID", "certificate_id");
        ObjectNode row = row(call, session, id);
        if (row.isEmpty()) {
            // 2.10 patches the empty row's undefined id, which knex refuses
            throw NpmError.internal();
        }
        call.state.certificates.remove(id);
        call.state.letsEncryptFiles.remove(id);
        call.state.audit(session.userId(), "certificate", id, "deleted", row);
        return Reply.ok(BooleanNode.TRUE);
    }

    private static Reply renew(Call call) {
        Session session = Access.require(call, "certificates", "manage");
        int id = call.id("certID", "certificate_id");
        ObjectNode row = row(call, session, id);
        if (!row.path("provider").asText().equals("letsencrypt")) {
            throw NpmError.validation("Only Let'sEncrypt certificates can be renewed");
        }
        SimState state = call.state;
        LetsEncrypt.certbot(state, id, Users.strings(row.path("domain_names")),
                LetsEncrypt.email(state, row.path("owner_user_id").asInt(), row.path("meta")), row.path("meta"));
        row.put("modified_on", state.now());
        row.put("expires_on", SimState.sqlTime(state.instant().plus(LetsEncrypt.VALIDITY)));
        // renew answers patchAndFetchById's row as is: is_deleted and the whole meta, no omissions
        ObjectNode answer = Json.object();
        row.fields().forEachRemaining(field -> {
            answer.set(field.getKey(), field.getValue().deepCopy());
            if (field.getKey().equals("owner_user_id")) {
                answer.put("is_deleted", false);
            }
        });
        state.audit(session.userId(), "certificate", id, "renewed", answer);
        return Reply.ok(Render.booleans(answer, call.profile()));
    }

    static Map<String, String> files(SimState state, int id) {
        return state.letsEncryptFiles.getOrDefault(id, Map.of());
    }
}
