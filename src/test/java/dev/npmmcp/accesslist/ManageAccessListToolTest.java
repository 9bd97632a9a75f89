package dev.npmmcp.accesslist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.npmmcp.npm.NpmNotFoundException;
import dev.npmmcp.npm.NpmRequest;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolFailure;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** npm_manage_access_list against the simulated demo homelab: results, requests NPM received, NPM's state after. */
class ManageAccessListToolTest {

    private ToolFixture npm;
    private final ManageAccessListTool tool = new ManageAccessListTool();
    private int lanOnly;

    @BeforeEach
    void start() {
        npm = ToolFixture.demo();
        lanOnly = accessLists().list(Optional.empty(), EnumSet.noneOf(AccessListExpand.class)).getFirst().id();
    }

    @AfterEach
    void stop() {
        npm.close();
    }

    private AccessListApi accessLists() {
        return new AccessListApi(npm.client());
    }

    @Test
    void shouldCreateAListWithUsersAndRulesAndShowNoPassword() {
        ManageAccessListTool.Result result = npm.call(tool, Map.of("operation", "create", "name", "office",
                "satisfy_any", true,
                "clients", List.of(Map.of("address", "10.0.0.0/8", "directive", "allow")),
                "items", List.of(Map.of("username", "bob", "password", "s3cret-pw"))));

        assertThat(result.changed()).isTrue();
        assertThat(result.accessList()).hasValueSatisfying(list -> {
            assertThat(list.users()).containsExactly("bob");
            assertThat(list.clients()).extracting(AccessListView.ClientRule::address).containsExactly("10.0.0.0/8");
            assertThat(list.satisfyAny()).isTrue();
        });
        JsonNode sent = npm.onlyBody("createAccessList");
        assertThat(sent.get("items").get(0).get("password").asText()).isEqualTo("s3cret-pw");
        assertThat(npm.json(result).toString()).doesNotContain("s3cret-pw");
    }

    @Test
    void shouldSendEmptyItemsAndClientsOnCreateBecauseNpmFailsWithoutThem() {
        ManageAccessListTool.Result result = npm.call(tool, Map.of("operation", "create", "name", "empty"));

        JsonNode sent = npm.onlyBody("createAccessList");
        assertThat(sent.get("items").isArray()).isTrue();
        assertThat(sent.get("clients").isArray()).isTrue();
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("no users and no IP rules"));
    }

    @Test
    void shouldRefuseAUserWithoutPasswordOnCreateBeforeSending() {
        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "create", "name", "office",
                        "items", List.of(Map.of("username", "bob"), Map.of("username", "eve", "password", "")))))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("user(s) bob, eve have no password");
        assertThat(npm.sim().requestCount("createAccessList")).isZero();
    }

    @Test
    void shouldKeepEveryUserWhenItemsAreLeftOutOfAnUpdate() {
        ManageAccessListTool.Result result = npm.call(tool, Map.of("operation", "update", "list_id", lanOnly,
                "name", "home-lan"));

        JsonNode sent = npm.onlyBody("updateAccessList");
        assertThat(sent.fieldNames()).toIterable().containsExactly("name");
        assertThat(result.usersKept()).containsExactly("family");
        assertThat(result.message()).contains("Users unchanged");
        assertThat(stored().items()).extracting(AccessListItem::username).containsExactly("family");
        assertThat(stored().name()).isEqualTo("home-lan");
    }

    @Test
    void shouldAddAUserKeepingTheOthersStoredPasswords() {
        ManageAccessListTool.Result result = npm.call(tool, Map.of("operation", "update", "list_id", lanOnly,
                "items", List.of(Map.of("username", "family"), Map.of("username", "alice", "password", "pw-2"))));

        JsonNode items = npm.onlyBody("updateAccessList").get("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).get("username").asText()).isEqualTo("family");
        assertThat(items.get(0).get("password").asText()).isEmpty();
        assertThat(result.usersKept()).containsExactly("family");
        assertThat(result.usersSet()).containsExactly("alice");
        assertThat(result.usersRemoved()).isEmpty();
        assertThat(result.message()).contains("NPM's rule");
        assertThat(stored().items()).extracting(AccessListItem::username)
                .containsExactlyInAnyOrder("family", "alice");
        assertThat(stored().items()).filteredOn(i -> i.username().equals("family")).singleElement()
                .satisfies(i -> assertThat(i.hint()).as("the stored password is still homelab-door").startsWith("h"));
    }

    @Test
    void shouldAskBeforeAnUpdateDeletesUsersLeftOutOfItems() {
        Map<String, Object> replace = Map.of("operation", "update", "list_id", lanOnly,
                "items", List.of(Map.of("username", "alice", "password", "pw-2")));

        assertThatThrownBy(() -> npm.call(tool, replace))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("delete user(s) family");
        assertThat(npm.sim().requestCount("updateAccessList")).isZero();

        Map<String, Object> confirmed = new java.util.HashMap<>(replace);
        confirmed.put("confirm", true);
        ManageAccessListTool.Result result = npm.call(tool, confirmed);

        assertThat(result.usersRemoved()).containsExactly("family");
        assertThat(stored().items()).extracting(AccessListItem::username).containsExactly("alice");
    }

    @Test
    void shouldRefuseANewUserWithoutPasswordOnUpdate() {
        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "update", "list_id", lanOnly,
                        "items", List.of(Map.of("username", "family"), Map.of("username", "ghost")))))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("new user(s) ghost need a password");
        assertThat(npm.sim().requestCount("updateAccessList")).isZero();
    }

    @Test
    void shouldSendNothingWhenTheListIsAlreadyAsAsked() {
        ManageAccessListTool.Result result = npm.call(tool, Map.of("operation", "update", "list_id", lanOnly,
                "satisfy_any", true, "items", List.of(Map.of("username", "family")),
                "clients", List.of(Map.of("address", "192.168.1.0/24", "directive", "allow"),
                        Map.of("address", "all", "directive", "deny"))));

        assertThat(result.changed()).isFalse();
        assertThat(npm.sim().requestCount("updateAccessList")).isZero();
    }

    @Test
    void shouldReplaceTheIpRulesWhenGiven() {
        npm.call(tool, Map.of("operation", "update", "list_id", lanOnly,
                "clients", List.of(Map.of("address", "10.8.0.0/24", "directive", "allow"))));

        assertThat(npm.onlyBody("updateAccessList").fieldNames()).toIterable().containsExactly("clients");
        assertThat(stored().clients()).extracting(AccessListRule::address).containsExactly("10.8.0.0/24");
    }

    @Test
    void shouldNameTheHostsADeleteDetachesAndAskFirst() {
        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "delete", "list_id", lanOnly)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("needs the user's confirmation")
                .hasMessageContaining("nas.home.lan");
        assertThat(npm.sim().requestCount("deleteAccessList")).isZero();

        ManageAccessListTool.Result result = npm.call(tool, Map.of("operation", "delete", "list_id", lanOnly,
                "confirm", true));

        assertThat(result.detachedHosts()).singleElement()
                .satisfies(host -> assertThat(host.domainNames()).containsExactly("nas.home.lan"));
        assertThat(result.message()).contains("become open to everyone");
        int nas = result.detachedHosts().getFirst().id();
        JsonNode host = npm.client().send(NpmRequest.get("getProxyHost", "/nginx/proxy-hosts/" + nas));
        assertThat(host.get("access_list_id").asInt()).isZero();
        assertThatThrownBy(this::stored).isInstanceOf(NpmNotFoundException.class);
    }

    @Test
    void shouldChangeNothingInReadOnlyMode() {
        assertThatThrownBy(() -> npm.callReadOnly(tool, Map.of("operation", "create", "name", "ro")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("read-only mode");
        assertThatThrownBy(() -> npm.callReadOnly(tool, Map.of("operation", "update", "list_id", lanOnly, "name", "x")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("read-only mode");
        assertThat(npm.sim().requestCounts()).doesNotContainKeys("createAccessList", "updateAccessList");
    }

    @Test
    void shouldNameWhatIsMissingAndPassOnAnUnknownList() {
        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "update", "name", "x")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("update needs list_id");
        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "create")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("create needs name");
        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "delete", "list_id", lanOnly, "name", "x")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("delete takes only list_id and confirm");
        assertThatThrownBy(() -> npm.call(tool, Map.of("operation", "update", "list_id", 99, "name", "x")))
                .isInstanceOf(NpmNotFoundException.class);
    }

    private AccessList stored() {
        return accessLists().get(lanOnly, EnumSet.of(AccessListExpand.ITEMS, AccessListExpand.CLIENTS));
    }
}
