package dev.npmmcp.npm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.deadhost.DeadHostCreate;
import dev.npmmcp.deadhost.DeadHostUpdate;
import dev.npmmcp.redirection.RedirectionHostCreate;
import dev.npmmcp.redirection.RedirectionHostUpdate;
import dev.npmmcp.stream.StreamCreate;
import dev.npmmcp.stream.StreamUpdate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bodies whose shared settings are records of their own still reach NPM as one flat object of NPM's fields. */
class HostBodiesJsonTest {

    private final ObjectMapper json = NpmJson.newMapper();

    private JsonNode written(Object body) throws Exception {
        return json.readTree(json.writeValueAsString(body));
    }

    @Test
    void shouldWriteA404HostsSettingsAsItsOwnFields() throws Exception {
        assertThat(written(DeadHostCreate.builder(List.of("gone.test.local")).certificateId(CertificateChoice.existing(4))
                .sslForced(true).meta(Map.of("dns_challenge", false)).build()))
                .isEqualTo(json.readTree("""
                        {"domain_names":["gone.test.local"],"certificate_id":4,"ssl_forced":true,
                         "meta":{"dns_challenge":false}}"""));
        assertThat(written(DeadHostUpdate.builder().http2Support(true).build()))
                .isEqualTo(json.readTree("{\"http2_support\":true}"));
        assertThat(DeadHostUpdate.builder().build().isEmpty()).isTrue();
        assertThat(DeadHostUpdate.builder().advancedConfig("").build().isEmpty()).isFalse();
    }

    @Test
    void shouldWriteARedirectionsOwnOptionsBesideTheSharedSettings() throws Exception {
        assertThat(written(RedirectionHostCreate.builder(List.of("old.test.local"), "https", 301, "new.test.local")
                .preservePath(true).hstsEnabled(true).build()))
                .isEqualTo(json.readTree("""
                        {"domain_names":["old.test.local"],"forward_scheme":"https","forward_http_code":301,
                         "forward_domain_name":"new.test.local","preserve_path":true,"hsts_enabled":true}"""));
        assertThat(written(RedirectionHostUpdate.builder().blockExploits(false).certificateId(CertificateChoice.none())
                .build())).isEqualTo(json.readTree("{\"block_exploits\":false,\"certificate_id\":0}"));
        assertThat(RedirectionHostUpdate.builder().build().isEmpty()).isTrue();
    }

    @Test
    void shouldWriteAStreamsOptionsAsItsOwnFields() throws Exception {
        assertThat(written(StreamCreate.builder(2222, "10.0.0.9", 22).udpForwarding(false).build()))
                .isEqualTo(json.readTree("""
                        {"incoming_port":2222,"forwarding_host":"10.0.0.9","forwarding_port":22,
                         "udp_forwarding":false}"""));
        assertThat(written(StreamUpdate.builder().tcpForwarding(true).build()))
                .isEqualTo(json.readTree("{\"tcp_forwarding\":true}"));
        assertThat(StreamUpdate.builder().build().isEmpty()).isTrue();
        assertThat(StreamUpdate.builder().meta(Map.of()).build().isEmpty()).isFalse();
    }
}
