package dev.npmmcp.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.npm.NpmJson;
import org.junit.jupiter.api.Test;

class AuditLogEventTest {

    @Test
    void shouldCutSecretsOutOfLoggedObjects() throws Exception {
        ObjectMapper json = NpmJson.newMapper();
        AuditLogEvent event = json.readValue("""
                {"id":7,"user_id":1,"object_type":"certificate","object_id":3,"action":"created",
                 "meta":{"nice_name":"x","meta":{"certificate_key":"KEYMATERIAL","certificate":"PUBLIC"}}}
                """, AuditLogEvent.class);

        assertThat(event.meta().toString()).doesNotContain("KEYMATERIAL").contains("PUBLIC");
        assertThat(event.objectType()).isEqualTo("certificate");
    }
}
