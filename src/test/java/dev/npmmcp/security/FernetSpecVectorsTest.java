package dev.npmmcp.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The Fernet spec's published vectors (../shared/fernet), read in place. */
class FernetSpecVectorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> shouldGenerateTheSpecsExactTokens() throws IOException {
        return vectors("generate.json").map(v -> DynamicTest.dynamicTest(v.get("src").asText(), () -> {
            byte[] iv = ivOf(v.get("iv"));
            Fernet fernet = Fernet.withKey(v.get("secret").asText(), clockAt(v), () -> iv.clone());

            String token = fernet.encrypt(v.get("src").asText().getBytes(StandardCharsets.UTF_8));

            assertThat(token).isEqualTo(v.get("token").asText());
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldOpenTheSpecsValidTokens() throws IOException {
        return vectors("verify.json").map(v -> DynamicTest.dynamicTest(v.get("src").asText(), () -> {
            Fernet fernet = Fernet.withKey(v.get("secret").asText(), clockAt(v));

            byte[] plain = fernet.decrypt(v.get("token").asText(), Optional.of(ttlOf(v)));

            assertThat(new String(plain, StandardCharsets.UTF_8)).isEqualTo(v.get("src").asText());
        }));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseEveryInvalidToken() throws IOException {
        return vectors("invalid.json").map(v -> DynamicTest.dynamicTest(v.get("desc").asText(), () -> {
            Fernet fernet = Fernet.withKey(v.get("secret").asText(), clockAt(v));

            assertThatThrownBy(() -> fernet.decrypt(v.get("token").asText(), Optional.of(ttlOf(v))))
                    .isInstanceOf(FernetException.class)
                    .hasMessageNotContaining(v.get("token").asText());
        }));
    }

    private static Stream<JsonNode> vectors(String file) throws IOException {
        JsonNode all = JSON.readTree(SharedData.require("fernet/" + file).toFile());
        List<JsonNode> list = new ArrayList<>();
        all.forEach(list::add);
        assertThat(list).as("vectors in %s", file).isNotEmpty();
        return list.stream();
    }

    private static Clock clockAt(JsonNode vector) {
        return Clock.fixed(OffsetDateTime.parse(vector.get("now").asText()).toInstant(), ZoneOffset.UTC);
    }

    private static Duration ttlOf(JsonNode vector) {
        return Duration.ofSeconds(vector.get("ttl_sec").asLong());
    }

    private static byte[] ivOf(JsonNode array) {
        byte[] iv = new byte[array.size()];
        for (int i = 0; i < iv.length; i++) {
            iv[i] = (byte) array.get(i).asInt();
        }
        return iv;
    }
}
