package dev.npmmcp.proxyhost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.npm.CertificateChoice;
import dev.npmmcp.npm.NpmJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProxyHostJsonTest {

    private final ObjectMapper json = NpmJson.newMapper();

    /** As NPM 2.10.4 on sqlite answers (booleans as 0/1, no trust_forwarded_proto, locations null). */
    private static final String NPM_2_10 = """
            {"id":1,"created_on":"2026-11-24 06:54:03","modified_on":"2026-11-24 06:54:04","owner_user_id":1,
             "domain_names":["v.test.local"],"forward_host":"127.0.0.1","forward_port":9090,"access_list_id":0,
             "certificate_id":0,"ssl_forced":0,"caching_enabled":0,"block_exploits":1,"advanced_config":"",
             "meta":{"nginx_online":true,"nginx_err":null},"allow_websocket_upgrade":1,"http2_support":0,
             "forward_scheme":"http","enabled":1,"locations":null,"hsts_enabled":0,"hsts_subdomains":0,
             "owner":{"id":1,"email":"admin@example.com","name":"Administrator","nickname":"Admin",
                      "is_deleted":0,"is_disabled":0,"roles":["admin"]},"certificate":null}
            """;

    @Test
    void shouldReadNpm210HostWithNumericBooleansAndNullLocations() throws Exception {
        ProxyHost host = json.readValue(NPM_2_10, ProxyHost.class);

        assertThat(host.blockExploits()).isTrue();
        assertThat(host.allowWebsocketUpgrade()).isTrue();
        assertThat(host.sslForced()).isFalse();
        assertThat(host.enabled()).isTrue();
        assertThat(host.locations()).isEmpty();
        assertThat(host.trustForwardedProto()).isEmpty();
        assertThat(host.owner()).hasValueSatisfying(owner -> assertThat(owner.roles()).containsExactly("admin"));
        assertThat(host.certificate()).isEmpty();
        assertThat(host.meta().failed()).isFalse();
    }

    @Test
    void shouldSendOnlySetFieldsInAnUpdate() throws Exception {
        ProxyHostUpdate update = ProxyHostUpdate.builder()
                .forwardPort(9090)
                .certificateId(CertificateChoice.existing(3))
                .sslForced(true)
                .build();

        assertThat(json.readTree(json.writeValueAsString(update)))
                .isEqualTo(json.readTree("{\"forward_port\":9090,\"certificate_id\":3,\"ssl_forced\":true}"));
        assertThat(update.isEmpty()).isFalse();
        assertThat(ProxyHostUpdate.builder().build().isEmpty()).isTrue();
    }

    @Test
    void shouldWriteCreateWithNpmFieldNames() throws Exception {
        ProxyHostCreate create = ProxyHostCreate.builder(List.of("app.test.local"), "http", "10.0.0.5", 8080)
                .http2Support(true)
                .locations(List.of(ProxyLocation.of("/api", "http", "10.0.0.6", 7000)))
                .build();

        assertThat(json.readTree(json.writeValueAsString(create))).isEqualTo(json.readTree("""
                {"domain_names":["app.test.local"],"forward_scheme":"http","forward_host":"10.0.0.5",
                 "forward_port":8080,"http2_support":true,
                 "locations":[{"path":"/api","forward_scheme":"http","forward_host":"10.0.0.6","forward_port":7000}]}
                """));
    }
}
