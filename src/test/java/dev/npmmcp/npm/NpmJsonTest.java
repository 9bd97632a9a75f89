package dev.npmmcp.npm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NpmJsonTest {

    private final ObjectMapper json = NpmJson.newMapper();

    record Flags(boolean enabled, Optional<Boolean> sslForced, int forwardPort) {}

    @Test
    void shouldReadBooleansAsNumbersOrWords() throws Exception {
        assertThat(json.readValue("{\"enabled\":1,\"ssl_forced\":0,\"forward_port\":80}", Flags.class))
                .isEqualTo(new Flags(true, Optional.of(false), 80));
        assertThat(json.readValue("{\"enabled\":true,\"ssl_forced\":\"true\",\"forward_port\":\"81\"}", Flags.class))
                .isEqualTo(new Flags(true, Optional.of(true), 81));
    }

    @Test
    void shouldIgnoreUnknownFieldsAndReadMissingOptionalsAsEmpty() throws Exception {
        assertThat(json.readValue("{\"enabled\":false,\"forward_port\":1,\"added_in_2_16\":{}}", Flags.class))
                .isEqualTo(new Flags(false, Optional.empty(), 1));
    }

    @Test
    void shouldLeaveEmptyOptionalsOutOfWrites() throws Exception {
        assertThat(json.writeValueAsString(new Flags(true, Optional.empty(), 8080)))
                .isEqualTo("{\"enabled\":true,\"forward_port\":8080}");
    }

    @Test
    void shouldWriteCertificateChoiceAsNpmExpectsIt() throws Exception {
        assertThat(json.writeValueAsString(CertificateChoice.requestNew())).isEqualTo("\"new\"");
        assertThat(json.writeValueAsString(CertificateChoice.existing(4))).isEqualTo("4");
        assertThat(json.writeValueAsString(CertificateChoice.none())).isEqualTo("0");
    }

    @Test
    void shouldReadNullNginxErrorAsEmpty() throws Exception {
        NginxMeta meta = json.readValue("{\"nginx_online\":false,\"nginx_err\":null}", NginxMeta.class);
        assertThat(meta.failed()).isTrue();
        assertThat(meta.nginxErr()).isEmpty();
    }
}
