package dev.npmmcp.accesslist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.accesslist.AccessListView.ClientRule;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.testing.ToolFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** npm_list_access_lists against the simulated demo homelab (list "lan-only", used by nas.home.lan). */
class ListAccessListsToolTest {

    private final ToolFixture npm = ToolFixture.demo();
    private final ListAccessListsTool tool = new ListAccessListsTool();

    @AfterEach
    void stop() {
        npm.close();
    }

    private AccessListApi accessLists() {
        return new AccessListApi(npm.client());
    }

    @Test
    void shouldListUsersRulesAndTheHostsUsingEachList() {
        ListAccessListsTool.Result result = npm.call(tool, Map.of());

        assertThat(result.instance()).isEqualTo(ToolFixture.INSTANCE);
        assertThat(result.warnings()).isEmpty();
        AccessListView lanOnly = result.accessLists().getFirst();
        assertThat(lanOnly.name()).isEqualTo("lan-only");
        assertThat(lanOnly.satisfyAny()).isTrue();
        assertThat(lanOnly.users()).containsExactly("family");
        assertThat(lanOnly.clients()).containsExactly(new ClientRule("192.168.1.0/24", "allow"),
                new ClientRule("all", "deny"));
        assertThat(lanOnly.proxyHostCount()).isEqualTo(1);
        assertThat(lanOnly.proxyHosts()).hasValueSatisfying(hosts -> assertThat(hosts).singleElement()
                .satisfies(host -> assertThat(host.domainNames()).containsExactly("nas.home.lan")));
        assertThat(npm.exchanges("getAccessLists").getFirst().query()).contains("items").contains("clients")
                .doesNotContain("proxy_hosts");
    }

    @Test
    void shouldNeverShowAPasswordOrItsHint() {
        String json = npm.json(npm.call(tool, Map.of())).toString();

        assertThat(json).doesNotContain("homelab-door").doesNotContain("hint").doesNotContain("password")
                .doesNotContain("h***");
        assertThat(tool.render(npm.call(tool, Map.of())).orElseThrow())
                .contains("lan-only").contains("family").doesNotContain("homelab-door");
    }

    @Test
    void shouldShowAnUnusedListWithNoHosts() {
        accessLists().create(
                AccessListCreate.of("office", List.of(), List.of(AccessListRule.allow("10.0.0.0/8"))));

        AccessListView office = npm.call(tool, Map.of()).accessLists().stream()
                .filter(list -> list.name().equals("office")).findFirst().orElseThrow();

        assertThat(office.proxyHosts()).contains(List.of());
        assertThat(office.proxyHostCount()).isZero();
    }

    @Test
    void shouldStillListForAUserWhoMayNotSeeProxyHosts() {
        JsonNode user = npm.client().send(NpmRequest.post("createUser", "/users", Map.of("name", "Helper",
                "nickname", "helper", "email", "helper@example.com", "roles", List.of(), "is_disabled", false,
                "auth", Map.of("type", "password", "secret", "helper-pass-1"))));
        npm.client().send(NpmRequest.put("updateUserPermissions", "/users/" + user.get("id").asInt() + "/permissions",
                Map.of("visibility", "all", "access_lists", "manage", "proxy_hosts", "hidden")));

        try (ToolFixture helper = npm.as("helper@example.com", "helper-pass-1")) {
            ListAccessListsTool.Result result = helper.call(tool, Map.of());

            AccessListView lanOnly = result.accessLists().getFirst();
            assertThat(lanOnly.users()).containsExactly("family");
            assertThat(lanOnly.proxyHosts()).isEmpty();
            assertThat(lanOnly.proxyHostCount()).isEqualTo(1);
            assertThat(result.warnings()).singleElement().asString().contains("may not read proxy hosts");
        }
    }
}
