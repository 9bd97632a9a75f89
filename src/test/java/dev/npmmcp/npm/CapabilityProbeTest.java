package dev.npmmcp.npm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.npmmcp.testing.SharedData;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CapabilityProbeTest {

    private static JsonNode npm2151Document() throws Exception {
        return NpmJson.newMapper().readTree(SharedData.require("npm-api/openapi.json").toFile());
    }

    @Test
    void shouldReadNpm215CapabilitiesFromItsOwnDocument() throws Exception {
        assertThat(CapabilityProbe.fromSchema(npm2151Document(), Optional.of(true)))
                .contains(NpmCapabilities.latest());
    }

    @Test
    void shouldSeeWhatAnOlderDocumentLacks() throws Exception {
        JsonNode document = npm2151Document();
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        ObjectNode proxyCreate = (ObjectNode) document.at("/paths/~1nginx~1proxy-hosts/post/requestBody/content"
                + "/application~1json/schema/properties");
        proxyCreate.remove("trust_forwarded_proto");
        ObjectNode meta = (ObjectNode) schemas.path("meta").path("properties");
        meta.remove("key_type");
        meta.putObject("letsencrypt_email").put("type", "string");
        ((ObjectNode) document.path("paths")).remove("/tokens/2fa");

        NpmCapabilities capabilities = CapabilityProbe.fromSchema(document, Optional.of(true)).orElseThrow();

        assertThat(capabilities.trustForwardedProto()).isFalse();
        assertThat(capabilities.keyType()).isFalse();
        assertThat(capabilities.letsencryptEmailInMeta()).isTrue();
        assertThat(capabilities.twoFactor()).isFalse();
        assertThat(capabilities.testHttpByPost()).isTrue();
    }

    @Test
    void shouldNotConcludeFromADocumentWithoutRoutes() throws Exception {
        JsonNode skeleton = NpmJson.newMapper().readTree("{\"openapi\":\"3.1.0\",\"paths\":{\"/\":{}}}");
        assertThat(CapabilityProbe.fromSchema(skeleton, Optional.of(true))).isEmpty();
    }
}
