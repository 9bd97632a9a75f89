package dev.npmmcp.npm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns an instance's version and capabilities: from the version number when it is a real one, else from what the
 * instance shows (the {@code setup} field, its {@code GET /schema}, and whether {@code /tokens/2fa} exists).
 */
final class CapabilityProbe {

    private static final Logger LOG = LoggerFactory.getLogger(CapabilityProbe.class);
    private static final NpmVersion FIRST_WITH_SETUP = NpmVersion.of(2, 13, 0);
    private static final NpmVersion LAST_WITHOUT_SETUP = NpmVersion.of(2, 12, 6);
    private static final NpmVersion FIRST_WITH_TWO_FACTOR = NpmVersion.of(2, 13, 6);
    private static final int MAX_REF_DEPTH = 32;

    private CapabilityProbe() {}

    static NpmServerInfo detect(NpmClient client) {
        JsonNode health = client.send(new NpmRequest("health", NpmRequest.Method.GET, "/", Map.of(),
                Optional.empty(), false));
        JsonNode v = health.path("version");
        NpmVersion version = NpmVersion.of(v.path("major").asInt(0), v.path("minor").asInt(0),
                v.path("revision").asInt(0));
        Optional<Boolean> setup = health.has("setup") && !health.get("setup").isNull()
                ? Optional.of(health.get("setup").asBoolean())
                : Optional.empty();
        String status = health.path("status").asText("");
        if (!version.isPlaceholder()) {
            return new NpmServerInfo(status, version, setup, NpmCapabilities.forVersion(version), false);
        }
        LOG.debug("NPM instance '{}' reports version {}: probing features", client.instanceName(), version);
        return new NpmServerInfo(status, version, setup, probe(client, setup), true);
    }

    private static NpmCapabilities probe(NpmClient client, Optional<Boolean> setup) {
        Optional<NpmCapabilities> fromSchema = fetchSchema(client).flatMap(schema -> fromSchema(schema, setup));
        if (fromSchema.isPresent()) {
            return fromSchema.get();
        }
        // no usable schema: the setup field (2.13+) and the 2FA route (2.13.6+, with key_type) split the versions
        if (setup.isEmpty()) {
            return NpmCapabilities.forVersion(LAST_WITHOUT_SETUP);
        }
        return twoFactorRouteExists(client)
                ? NpmCapabilities.forVersion(FIRST_WITH_TWO_FACTOR)
                : NpmCapabilities.forVersion(FIRST_WITH_SETUP);
    }

    /**
     * Capabilities read from an instance's OpenAPI document; empty when the document does not describe the routes
     * (no {@code /nginx/proxy-hosts}), since then a missing route proves nothing.
     */
    static Optional<NpmCapabilities> fromSchema(JsonNode root, Optional<Boolean> setup) {
        Schema s = new Schema(root);
        if (s.findPath("^/nginx/proxy-hosts$").isEmpty()) {
            return Optional.empty();
        }
        // the setup field came with 2.13: it decides whatever the document leaves open
        NpmCapabilities base = NpmCapabilities.forVersion(setup.isPresent() ? FIRST_WITH_SETUP : LAST_WITHOUT_SETUP);
        Optional<Set<String>> proxyCreate = s.requestProperties("^/nginx/proxy-hosts$", "post");
        Optional<Set<String>> certificateMeta = s.nestedRequestProperties("^/nginx/certificates$", "post", "meta");
        Optional<Set<String>> streamCreate = s.requestProperties("^/nginx/streams$", "post");
        Optional<Boolean> putNeedsProperties = s.requestHasKeyword("^/nginx/proxy-hosts/\\{[^}]+}$", "put",
                "minProperties");
        return Optional.of(new NpmCapabilities(
                certificateMeta.map(p -> p.contains("letsencrypt_email")).orElse(base.letsencryptEmailInMeta()),
                certificateMeta.map(p -> p.contains("key_type")).orElse(base.keyType()),
                s.hasOperation("^/nginx/certificates/test-http$", "post").orElse(base.testHttpByPost()),
                s.findPath("^/nginx/certificates/dns-providers$").isPresent(),
                streamCreate.map(p -> p.contains("certificate_id")).orElse(base.streamCertificates()),
                s.findPath("^/tokens/2fa$").isPresent(),
                proxyCreate.map(p -> p.contains("trust_forwarded_proto")).orElse(base.trustForwardedProto()),
                putNeedsProperties.map(needs -> !needs).orElse(base.emptyPutAllowed()),
                setup.isPresent()));
    }

    private static Optional<JsonNode> fetchSchema(NpmClient client) {
        try {
            JsonNode root = client.send(NpmRequest.get("schema", "/schema").unauthenticated());
            return root.path("paths").isObject() ? Optional.of(root) : Optional.empty();
        } catch (NpmApiException e) {
            LOG.debug("NPM instance '{}': no schema to probe ({})", client.instanceName(), e.status());
            return Optional.empty();
        }
    }

    /** A bogus challenge: NPM with 2FA says 400 (invalid challenge), NPM without says 404. */
    private static boolean twoFactorRouteExists(NpmClient client) {
        try {
            client.send(NpmRequest.post("loginWith2FA", "/tokens/2fa",
                            Map.of("challenge_token", "npm-mcp-probe", "code", "000000"))
                    .unauthenticated());
            return true;
        } catch (NpmNotFoundException | NpmPermissionException | NpmUnsupportedException e) {
            return false;
        } catch (NpmApiException e) {
            return e.status() >= 400 && e.status() < 500;
        }
    }

    /** Read-only view of an OpenAPI document, following local {@code $ref}s. */
    private record Schema(JsonNode root) {

        Optional<Boolean> hasOperation(String pathPattern, String method) {
            return findPath(pathPattern).map(p -> p.has(method));
        }

        Optional<Set<String>> requestProperties(String pathPattern, String method) {
            return requestSchema(pathPattern, method).map(this::propertyNames);
        }

        Optional<Set<String>> nestedRequestProperties(String pathPattern, String method, String property) {
            return requestSchema(pathPattern, method)
                    .map(s -> resolve(s.path("properties").path(property)))
                    .filter(JsonNode::isObject)
                    .map(this::propertyNames);
        }

        Optional<Boolean> requestHasKeyword(String pathPattern, String method, String keyword) {
            return requestSchema(pathPattern, method).map(s -> s.has(keyword));
        }

        private Optional<JsonNode> requestSchema(String pathPattern, String method) {
            return findPath(pathPattern)
                    .map(p -> resolve(p.path(method)))
                    .map(op -> resolve(op.path("requestBody")))
                    .map(body -> resolve(body.path("content").path("application/json").path("schema")))
                    .filter(JsonNode::isObject);
        }

        private Set<String> propertyNames(JsonNode schema) {
            Set<String> names = new HashSet<>();
            resolve(schema.path("properties")).fieldNames().forEachRemaining(names::add);
            return names;
        }

        Optional<JsonNode> findPath(String pathPattern) {
            Pattern pattern = Pattern.compile(pathPattern);
            return root.path("paths").properties().stream()
                    .filter(entry -> pattern.matcher(entry.getKey()).matches())
                    .findFirst()
                    .map(entry -> resolve(entry.getValue()));
        }

        private JsonNode resolve(JsonNode node) {
            JsonNode current = node;
            for (int depth = 0; depth < MAX_REF_DEPTH && current.path("$ref").isTextual(); depth++) {
                String ref = current.get("$ref").asText();
                if (!ref.startsWith("#/")) {
                    return current;
                }
                current = root.at(ref.substring(1));
            }
            return current;
        }
    }
}
