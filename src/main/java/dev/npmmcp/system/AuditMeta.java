package dev.npmmcp.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** NPM logs whole objects in audit events, certificates included: their secrets are cut out here. */
final class AuditMeta {

    private static final Set<String> SECRET_FIELDS =
            Set.of("certificate_key", "dns_provider_credentials", "password", "secret", "token");

    private AuditMeta() {}

    static JsonNode withoutSecrets(JsonNode meta) {
        JsonNode copy = meta.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(SECRET_FIELDS);
            object.elements().forEachRemaining(AuditMeta::strip);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(AuditMeta::strip);
        }
    }
}
