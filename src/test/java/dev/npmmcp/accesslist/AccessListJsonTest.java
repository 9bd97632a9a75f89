package dev.npmmcp.accesslist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.npmmcp.npm.NpmJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessListJsonTest {

    private final ObjectMapper json = NpmJson.newMapper();

    @Test
    void shouldAlwaysSendItemsAndClientsOnCreate() throws Exception {
        assertThat(json.readTree(json.writeValueAsString(AccessListCreate.of("office", List.of(), List.of()))))
                .isEqualTo(json.readTree("{\"name\":\"office\",\"items\":[],\"clients\":[]}"));
    }

    @Test
    void shouldReadItemsWithHintAndNeverAPassword() throws Exception {
        AccessList list = json.readValue("""
                {"id":1,"name":"office","satisfy_any":1,"pass_auth":0,"proxy_host_count":2,
                 "items":[{"id":1,"username":"bob","password":"","hint":"s******"}],
                 "clients":[{"id":1,"address":"10.0.0.0/8","directive":"allow","meta":{}}]}
                """, AccessList.class);

        assertThat(list.satisfyAny()).isTrue();
        assertThat(list.items()).containsExactly(new AccessListItem(1, "bob", "s******"));
        assertThat(list.clients()).containsExactly(AccessListRule.allow("10.0.0.0/8"));
    }

    @Test
    void shouldHidePasswordsInToString() {
        assertThat(new AccessListUser("bob", "hunter22").toString()).doesNotContain("hunter22");
    }
}
