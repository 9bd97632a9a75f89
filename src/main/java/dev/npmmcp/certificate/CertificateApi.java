package dev.npmmcp.certificate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.MultipartBody;
import dev.npmmcp.npm.NpmCapabilities;
import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmOperation;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.npm.NpmUnsupportedException;
import dev.npmmcp.npm.NpmValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NPM's certificate operations, with the request shapes that differ between versions switched here (Let's Encrypt
 * meta, key type, the test-http verb, DNS providers). Private keys stay out of every result: NPM's answers carry the
 * key of a custom certificate ({@code meta.certificate_key}), and {@link CertificateMeta} does not read it.
 */
public final class CertificateApi {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateApi.class);
    private static final String PATH = "/nginx/certificates";
    private static final TypeReference<List<Certificate>> LIST = new TypeReference<>() {};
    private static final TypeReference<List<DnsProvider>> PROVIDERS = new TypeReference<>() {};
    private static final TypeReference<Map<String, String>> REACHABILITY = new TypeReference<>() {};

    private final NpmClient client;

    public CertificateApi(NpmClient client) {
        this.client = client;
    }

    @NpmOperation("getCertificates")
    public List<Certificate> list(Optional<String> query, Set<CertificateExpand> expand) {
        return client.send(NpmRequest.get("getCertificates", PATH).withQuery("query", query).withExpand(expand), LIST);
    }

    /** The certificate without its private key (NPM's answer has it; it is not read). */
    @NpmOperation("getCertificate")
    public Certificate get(int id, Set<CertificateExpand> expand) {
        return client.send(NpmRequest.get("getCertificate", PATH + "/" + NpmRequest.id(id)).withExpand(expand),
                Certificate.class);
    }


    /**
     * Creates a certificate. For Let's Encrypt NPM runs certbot during the request: a failure comes back as a 500
     * (an {@code NpmServerException}) and no certificate is kept.
     */
    @NpmOperation("createCertificate")
    public Certificate create(CertificateCreate create) {
        Map<String, Object> body = switch (create) {
            case CertificateCreate.Custom custom -> {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("provider", "other");
                map.put("nice_name", custom.niceName());
                yield map;
            }
            case CertificateCreate.LetsEncrypt le -> letsEncryptBody(le);
        };
        return client.send(NpmRequest.post("createCertificate", PATH, body), Certificate.class);
    }

    /** What NPM 2.13 does itself: the requesting user's email as the Let's Encrypt account, said in the result. */
    private String accountEmail() {
        String email = client.accountEmail();
        client.notice("No Let's Encrypt email was given; NPM " + client.serverInfo().version() + " needs one, so the"
                + " NPM user's own (" + email + ") was sent, as NPM 2.13 and later do themselves.");
        return email;
    }

    private Map<String, Object> letsEncryptBody(CertificateCreate.LetsEncrypt le) {
        NpmCapabilities capabilities = client.capabilities();
        Map<String, Object> meta = new LinkedHashMap<>();
        if (capabilities.letsencryptEmailInMeta()) {
            meta.put("letsencrypt_email", le.email().filter(e -> !e.isBlank()).orElseGet(this::accountEmail));
            meta.put("letsencrypt_agree", true);
        } else if (le.email().isPresent()) {
            LOG.debug("NPM instance '{}' uses its account email for Let's Encrypt; the given email is not sent",
                    client.instanceName());
        }
        meta.put("dns_challenge", le.dnsChallenge());
        if (le.dnsChallenge()) {
            le.dnsProvider().ifPresent(provider -> meta.put("dns_provider", provider));
            le.dnsProviderCredentials().ifPresent(credentials -> meta.put("dns_provider_credentials", credentials));
            le.propagationSeconds().ifPresent(seconds -> meta.put("propagation_seconds", seconds));
        }
        if (le.keyType().isPresent()) {
            if (capabilities.keyType()) {
                meta.put("key_type", le.keyType().get());
            } else if (!le.keyType().get().equals("rsa")) {
                throw NpmUnsupportedException.olderThan(client, "createCertificate",
                        "key_type " + le.keyType().get() + " needs NPM 2.13.6 or newer",
                        "Leave the key type unset (NPM uses RSA), or upgrade NPM.");
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("provider", "letsencrypt");
        le.niceName().ifPresent(name -> body.put("nice_name", name));
        body.put("domain_names", le.domainNames());
        body.put("meta", meta);
        return body;
    }

    /** Deleting leaves hosts that used the certificate pointing at its id. */
    @NpmOperation("deleteCertificate")
    public void delete(int id) {
        client.send(NpmRequest.delete("deleteCertificate", PATH + "/" + NpmRequest.id(id)));
    }

    /** Renews a Let's Encrypt certificate (400 for custom ones). */
    @NpmOperation("renewCertificate")
    public Certificate renew(int id) {
        return client.send(NpmRequest.post("renewCertificate", PATH + "/" + NpmRequest.id(id) + "/renew"),
                Certificate.class);
    }

    /** The zip of a Let's Encrypt certificate's files, private key included (400 for custom certificates). */
    @NpmOperation("downloadCertificate")
    public CertificateArchive download(int id) {
        byte[] zip = client.sendForBytes(
                NpmRequest.get("downloadCertificate", PATH + "/" + NpmRequest.id(id) + "/download"));
        return new CertificateArchive(id, zip);
    }

    /** DNS providers for DNS challenges (NPM 2.13+; older versions read the path as a certificate id). */
    @NpmOperation("getDNSProviders")
    public List<DnsProvider> dnsProviders() {
        if (!client.capabilities().dnsProviders()) {
            throw NpmUnsupportedException.olderThan(client, "getDNSProviders",
                    "the DNS provider list needs NPM 2.13 or newer",
                    "Look up the certbot DNS plugin name in NPM's UI, or upgrade NPM.");
        }
        return client.send(NpmRequest.get("getDNSProviders", PATH + "/dns-providers"), PROVIDERS);
    }

    /**
     * Asks NPM whether each domain reaches it over HTTP (what a Let's Encrypt HTTP challenge needs): domain to
     * {@code ok} or the failure. {@code POST {domains}} from 2.13, {@code GET ?domains=[...]} before.
     */
    @NpmOperation("testHttpReach")
    public Map<String, String> testHttpReach(List<String> domains) {
        if (domains.isEmpty()) {
            throw new NpmValidationException(client.instanceName(), "testHttpReach", 0, "no domain to test",
                    "Give at least one domain name.");
        }
        String path = PATH + "/test-http";
        NpmRequest request;
        if (client.capabilities().testHttpByPost()) {
            request = NpmRequest.post("testHttpReach", path, Map.of("domains", domains));
        } else {
            request = NpmRequest.get("testHttpReach", path)
                    .withQuery("domains", client.json().valueToTree(domains).toString());
        }
        return client.send(request, REACHABILITY);
    }

    /** NPM's own check of custom files: parses both, but does not check that the key matches the certificate. */
    @NpmOperation("validateCertificates")
    public CertificateValidation validate(CustomCertificateFiles files) {
        JsonNode answer = client.send(NpmRequest.post("validateCertificates", PATH + "/validate",
                MultipartBody.ofFiles(files.asFields())));
        JsonNode certificate = answer.path("certificate");
        JsonNode dates = certificate.path("dates");
        return new CertificateValidation(
                certificate.path("cn").asText(""),
                certificate.path("issuer").asText(""),
                dates.path("from").isNumber() ? Optional.of(dates.path("from").asLong()) : Optional.empty(),
                dates.path("to").isNumber() ? Optional.of(dates.path("to").asLong()) : Optional.empty(),
                answer.path("certificate_key").asBoolean(false));
    }

    /**
     * Uploads the files of a custom certificate created with {@link CertificateCreate.Custom}. Refuses, before
     * sending, a key that does not belong to the certificate (NPM would accept it and nginx would fail).
     */
    @NpmOperation("uploadCertificate")
    public void upload(int id, CustomCertificateFiles files) {
        boolean matches;
        try {
            matches = CertificateKeys.matches(files.certificate(), files.certificateKey());
        } catch (IllegalArgumentException e) {
            throw new NpmValidationException(client.instanceName(), "uploadCertificate", 0, e.getMessage(),
                    "Give the certificate and its unencrypted private key as PEM text.");
        }
        if (!matches) {
            throw new NpmValidationException(client.instanceName(), "uploadCertificate", 0,
                    "the private key does not belong to the certificate",
                    "Upload the key the certificate was issued for.");
        }
        // NPM echoes the key back: the answer is read and dropped
        client.send(NpmRequest.post("uploadCertificate", PATH + "/" + NpmRequest.id(id) + "/upload",
                MultipartBody.ofFiles(files.asFields())));
    }
}
