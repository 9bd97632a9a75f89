package dev.npmmcp.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Certificate files: validate and upload (multipart PEM), download (Let's Encrypt only), HTTP reachability test. */
final class CertificateFiles {

    private CertificateFiles() {}

    private record Checked(X509Certificate certificate, Map<String, String> fields) {}

    /** The uploaded PEM pair, checked the way NPM checks it with openssl (the key is not matched to the cert). */
    private static Checked check(Call call) {
        Map<String, String> fields = Multipart.parse(call.contentType, call.body)
                .filter(f -> !f.isEmpty())
                .orElseThrow(() -> NpmError.validation("No files were uploaded"));
        String prefix = call.profile().ajv6() ? "data should " : "data must ";
        for (String required : List.of("certificate", "certificate_key")) {
            if (!fields.containsKey(required)) {
                throw NpmError.validation(prefix + "have required property '" + required + "'");
            }
        }
        X509Certificate certificate = Pem.certificate(fields.get("certificate"))
                .orElseThrow(() -> unreadableCertificate(call));
        if (!Pem.privateKey(fields.get("certificate_key"))) {
            throw unreadableKey(call);
        }
        if (fields.containsKey("intermediate_certificate")
                && Pem.certificate(fields.get("intermediate_certificate")).isEmpty()) {
            // NPM checks the intermediate with the same openssl call as the certificate, and words it the same
            throw unreadableCertificate(call);
        }
        if (certificate.getNotAfter().toInstant().isBefore(call.state.instant())) {
            // thrown inside the try that wraps openssl's failures, hence the doubled wording
            throw NpmError.validation("Certificate is not valid (Certificate has expired)");
        }
        return new Checked(certificate, fields);
    }

    /**
     * NPM writes the PEM to a temp file and runs {@code openssl x509 -in FILE -subject -noout}; what it says when
     * openssl fails is the failure's message in brackets: node's "Command failed: ..." with openssl's stderr on 2.10
     * (child_process.exec), openssl's stderr alone from 2.12 (NPM's CommandError). The stderr is OpenSSL 3's.
     */
    private static NpmError unreadableCertificate(Call call) {
        String file = tempFile(call);
        String stderr = "Could not read certificate from " + file + "\nUnable to load certificate\n";
        String detail = call.profile() == NpmProfile.V2_10
                ? "Command failed: openssl x509 -in " + file + " -subject -noout\n" + stderr
                : stderr;
        return NpmError.validation("Certificate is not valid (" + detail + ")");
    }

    /**
     * The key is checked with {@code openssl pkey ... 2>&1}: openssl's complaint goes to stdout, so from 2.12, where
     * the message is stderr, the brackets are empty; 2.10 shows node's "Command failed" line.
     */
    private static NpmError unreadableKey(Call call) {
        String detail = call.profile() == NpmProfile.V2_10
                ? "Command failed: openssl pkey -in " + tempFile(call) + " -check -noout 2>&1 \n"
                : "";
        return NpmError.validation("Certificate Key is not valid (" + detail + ")");
    }

    /** temp-write's file: a uuid under /tmp, with the "/tmp" NPM passed as file name up to 2.12 appended. */
    private static String tempFile(Call call) {
        byte[] bytes = new byte[16];
        call.state.random.nextBytes(bytes);
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
        String uuid = new java.util.UUID(buffer.getLong(), buffer.getLong()).toString();
        return "/tmp/" + uuid + (call.profile().atLeast(NpmProfile.V2_13) ? "" : "/tmp");
    }

    static Reply validate(Call call) {
        Access.require(call, "certificates", "view");
        Checked checked = check(call);
        ObjectNode answer = Json.object();
        ObjectNode certificate = answer.putObject("certificate");
        certificate.put("cn", Pem.commonName(checked.certificate()));
        certificate.put("issuer", Pem.issuer(checked.certificate()));
        ObjectNode dates = certificate.putObject("dates");
        dates.put("from", checked.certificate().getNotBefore().toInstant().getEpochSecond());
        dates.put("to", checked.certificate().getNotAfter().toInstant().getEpochSecond());
        answer.put("certificate_key", true);
        return Reply.ok(answer);
    }

    static Reply upload(Call call) {
        Session session = Access.require(call, "certificates", "manage");
        int id = call.id("certID", "certificate_id");
        ObjectNode row = Certificates.row(call, session, id);
        if (!row.path("provider").asText().equals("other")) {
            throw NpmError.validation("Cannot upload certificates for this type of provider");
        }
        Checked checked = check(call);
        ObjectNode meta = Json.object();
        ObjectNode answer = Json.object();
        for (String name : List.of("certificate", "certificate_key", "intermediate_certificate")) {
            if (checked.fields().containsKey(name)) {
                meta.put(name, checked.fields().get(name));
                answer.put(name, checked.fields().get(name));
            }
        }
        row.set("meta", meta);
        row.set("domain_names", Json.strings(List.of(Pem.commonName(checked.certificate()))));
        row.put("expires_on", SimState.sqlTime(checked.certificate().getNotAfter().toInstant()));
        row.put("modified_on", call.state.now());
        ObjectNode auditMeta = row.deepCopy();
        auditMeta.set("meta", Json.object());
        call.state.audit(session.userId(), "certificate", id, "updated", auditMeta);
        return Reply.ok(answer);
    }

    static Reply download(Call call) {
        Session session = Access.require(call, "certificates", "view");
        int id = call.id("certID", "certificate_id");
        ObjectNode row = Certificates.row(call, session, id);
        if (!row.path("provider").asText().equals("letsencrypt")) {
            throw NpmError.validation("Only Let'sEncrypt certificates can be downloaded");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : Certificates.files(call.state, id).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Reply.bytes(200, "application/zip", bytes.toByteArray(),
                Map.of("Content-Disposition", "attachment; filename=\"npm-" + id + ".zip\""));
    }

    static Reply testHttpPost(Call call) {
        Access.require(call, "certificates", "view");
        Schema.Obj schema = Schema.object()
                .prop("domains", Schema.array(Schema.string().pattern(Domains.PATTERN), 1, 100, true))
                .require("domains");
        JsonNode body = call.body(schema);
        return Reply.ok(reachability(call.state, Users.strings(body.get("domains"))));
    }

    /** Up to 2.12: GET with {@code ?domains=["a","b"]}. */
    static Reply testHttpGet(Call call) {
        Access.require(call, "certificates", "view");
        JsonNode domains = Json.parse(call.query.getOrDefault("domains", "")).orElse(Json.array());
        if (!domains.isArray() || domains.isEmpty()) {
            throw NpmError.internalValidation("No domains provided");
        }
        return Reply.ok(reachability(call.state, Users.strings(domains)));
    }

    /**
     * NPM fetches each domain from a public checker. The simulator cannot, so a domain one of its hosts serves is
     * "ok" and any other has "no-host" (no DNS record), both answers NPM gives.
     */
    private static ObjectNode reachability(SimState state, List<String> domains) {
        ObjectNode answer = Json.object();
        for (String domain : domains) {
            boolean served = List.of(state.proxyHosts, state.redirectionHosts, state.deadHosts).stream()
                    .flatMap(table -> table.all().stream())
                    .filter(row -> row.path("enabled").asBoolean())
                    .anyMatch(row -> Users.strings(row.path("domain_names")).stream()
                            .anyMatch(d -> d.toLowerCase(Locale.ROOT).equals(domain.toLowerCase(Locale.ROOT))));
            answer.put(domain, served ? "ok" : "no-host");
        }
        return answer;
    }
}
