package dev.npmmcp.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WriteAuditTest {

    @Test
    void shouldNameTheOperationAndWhatItTouchesInTheArgumentsOrder() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("operation", "update");
        arguments.put("host_id", 12);
        arguments.put("forward_host", "10.0.0.5");
        arguments.put("domain_names", List.of("app.example.com", "www.app.example.com"));
        arguments.put("certificate_id", 4);

        assertThat(WriteAudit.target(arguments))
                .isEqualTo("operation=update host_id=12 domain_names=app.example.com,www.app.example.com"
                        + " certificate_id=4");
    }

    @Test
    void shouldLeaveOutSecretsValuesAndNestedObjects() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("list_id", 2);
        arguments.put("items", List.of(Map.of("username", "bob", "password", "hunter2-secret")));
        arguments.put("password", "hunter2-secret");
        arguments.put("api_token", "tok-123456");
        arguments.put("custom_key", "-----BEGIN PRIVATE KEY-----");
        arguments.put("dns_credentials", "dns_cloudflare_api_token = abc");
        arguments.put("advanced_config", "proxy_set_header X-Secret abc;");

        assertThat(WriteAudit.target(arguments)).isEqualTo("list_id=2");
    }

    @Test
    void shouldMaskEmailAddresses() {
        assertThat(WriteAudit.target(Map.of("email", "admin@example.com"))).isEqualTo("email=ad***@example.com");
    }

    @Test
    void shouldKeepTheTargetShort() {
        List<String> many = IntStream.range(0, 100).mapToObj(i -> "host" + i + ".example.com")
                .toList();
        assertThat(WriteAudit.target(Map.of("domain_names", many))).hasSize(300).endsWith("…");
    }
}
