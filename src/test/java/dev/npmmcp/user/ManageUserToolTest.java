package dev.npmmcp.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.npmmcp.npm.NpmClient;
import dev.npmmcp.npm.NpmConnection;
import dev.npmmcp.npm.NpmCredentials;
import dev.npmmcp.npm.TlsSettings;
import dev.npmmcp.npm.TokenStore;
import dev.npmmcp.simulator.NpmSimulator;
import dev.npmmcp.testing.ToolFixture;
import dev.npmmcp.tool.ToolFailure;
import dev.npmmcp.tool.ToolJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** npm_list_users and npm_manage_user against the simulator: requests sent and the users NPM holds afterwards. */
class ManageUserToolTest {

    private static final int ADMIN_ID = 1;
    private static final String PASSWORD = "correct-horse-9";

    private final ManageUserTool tool = new ManageUserTool();
    private ToolFixture fixture;
    private UserApi users;
    private int alice;

    @BeforeEach
    void start() {
        fixture = ToolFixture.demo();
        users = new UserApi(fixture.client());
        alice = users.create(UserCreate.of("Alice", "alice", "alice@example.net").withRoles(List.of())).id();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void shouldListUsersWithPermissionsAndMarkThisServersLogin() {
        ListUsersTool.Result result = fixture.call(new ListUsersTool(), Map.of());

        assertThat(result.users()).extracting(UserView::email)
                .containsExactlyInAnyOrder(NpmSimulator.DEFAULT_ADMIN_EMAIL, "alice@example.net");
        UserView admin = result.users().stream().filter(UserView::isLoginAccount).findFirst().orElseThrow();
        assertThat(admin.id()).isEqualTo(ADMIN_ID);
        assertThat(admin.isAdmin()).isTrue();
        UserView listed = result.users().stream().filter(u -> u.id() == alice).findFirst().orElseThrow();
        assertThat(listed.permissions()).hasValueSatisfying(p -> assertThat(p.proxyHosts())
                .contains(UserPermissionSet.Level.MANAGE));
    }

    @Test
    void shouldCreateAUserWithRolesPasswordAndPermissionsWithoutEchoingThePassword() throws Exception {
        ManageUserTool.Result result = fixture.call(tool, Map.of("operation", "create", "name", "Bob",
                "email", "bob@example.net", "password", PASSWORD, "permissions",
                Map.of("visibility", "user", "certificates", "view")));

        UserView bob = result.user().orElseThrow();
        assertThat(bob.nickname()).isEqualTo("Bob");
        assertThat(bob.isAdmin()).isFalse();
        assertThat(bob.permissions()).hasValueSatisfying(p -> assertThat(p.certificates())
                .contains(UserPermissionSet.Level.VIEW));
        assertThat(fixture.exchange("createUser").requestBody()).hasValueSatisfying(b -> assertThat(b).contains("\"roles\":[]"));
        assertThat(ToolJson.newMapper().writeValueAsString(result)).doesNotContain(PASSWORD);
        assertThat(tool.render(result).orElseThrow()).doesNotContain(PASSWORD);
        assertThat(canLogIn("bob@example.net", PASSWORD)).isTrue();
    }

    @Test
    void shouldRefuseAnEmailAnotherUserHas() {
        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "create", "name", "Alice Two",
                        "email", "ALICE@example.net")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("already has the email");
        assertThat(fixture.sim().requestCount("createUser")).isEqualTo(1);
    }

    @Test
    void shouldSendOnlyTheFieldsThatChangeAndNothingWhenNothingDoes() {
        ManageUserTool.Result unchanged = fixture.call(tool, Map.of("operation", "update", "user_id", alice,
                "name", "Alice", "is_admin", false));

        assertThat(unchanged.message()).contains("nothing was changed");
        assertThat(fixture.sim().requestCount("updateUser")).isZero();

        ManageUserTool.Result result = fixture.call(tool, Map.of("operation", "update", "user_id", alice,
                "name", "Alice", "is_disabled", true));

        assertThat(fixture.exchange("updateUser").requestBody()).contains("{\"is_disabled\":true}");
        assertThat(result.user().orElseThrow().isDisabled()).isTrue();
        assertThat(users.get(alice, Set.of()).isDisabled()).isTrue();
    }

    @Test
    void shouldRefuseToDeleteDisableOrDemoteThisServersLogin() {
        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "delete", "user_id", ADMIN_ID,
                        "confirm", true)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("logs in with");
        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "update", "user_id", ADMIN_ID,
                        "is_admin", false)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("demote");
        assertThat(fixture.sim().requestCount("deleteUser")).isZero();
        assertThat(fixture.sim().requestCount("updateUser")).isZero();
    }

    @Test
    void shouldDeleteAnotherUserOnlyWithConfirmationAndNotInReadOnlyMode() {
        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "delete", "user_id", alice)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("alice@example.net")
                .hasMessageContaining("confirm");
        assertThatThrownBy(() -> fixture.callReadOnly(tool, Map.of("operation", "delete", "user_id", alice,
                        "confirm", true)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("read-only");
        assertThat(fixture.sim().requestCount("deleteUser")).isZero();

        fixture.call(tool, Map.of("operation", "delete", "user_id", alice, "confirm", true));

        assertThat(users.list(Optional.empty(), Set.of())).extracting(User::id).containsExactly(ADMIN_ID);
    }

    @Test
    void shouldSetAnotherUsersPasswordSoTheyCanLogIn() {
        ManageUserTool.Result result = fixture.call(tool, Map.of("operation", "change_password", "user_id", alice,
                "password", PASSWORD));

        assertThat(result.message()).doesNotContain(PASSWORD);
        assertThat(canLogIn("alice@example.net", PASSWORD)).isTrue();
    }

    @Test
    void shouldNeedTheCurrentPasswordForThisServersOwnLoginAndSayToUpdateTheInstance() {
        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "change_password", "password", PASSWORD)))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("current password");
        assertThat(fixture.sim().requestCount("updateUserAuth")).isZero();

        ManageUserTool.Result result = fixture.call(tool, Map.of("operation", "change_password", "password",
                PASSWORD, "current_password", NpmSimulator.DEFAULT_ADMIN_PASSWORD));

        assertThat(result.message()).contains("npm_update_instance_credentials");
        assertThat(canLogIn(NpmSimulator.DEFAULT_ADMIN_EMAIL, PASSWORD)).isTrue();
    }

    @Test
    void shouldRefuseAPasswordNpmWouldRefuseBeforeSendingIt() {
        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "change_password", "user_id", alice,
                        "password", "short")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("8 to 64")
                .hasMessageNotContaining("short\"");
        assertThat(fixture.sim().requestCount("updateUserAuth")).isZero();
    }

    @Test
    void shouldSetOnlyTheGivenPermissions() {
        ManageUserTool.Result result = fixture.call(tool, Map.of("operation", "set_permissions", "user_id", alice,
                "permissions", Map.of("streams", "hidden")));

        assertThat(fixture.exchange("updateUserPermissions").requestBody()).contains("{\"streams\":\"hidden\"}");
        UserPermissions stored = users.get(alice, Set.of(UserExpand.PERMISSIONS)).permissions().orElseThrow();
        assertThat(stored.streams()).isEqualTo("hidden");
        assertThat(stored.proxyHosts()).isEqualTo("manage");
        assertThat(result.user().orElseThrow().permissions()).isPresent();
    }

    @Test
    void shouldNameTheMissingParameter() {
        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "set_permissions")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("user_id");
        assertThatThrownBy(() -> fixture.call(tool, Map.of("operation", "create", "name", "Carol")))
                .isInstanceOf(ToolFailure.class)
                .hasMessageContaining("email");
    }

    private boolean canLogIn(String email, String password) {
        NpmConnection connection = new NpmConnection("check", fixture.sim().baseUri(),
                new NpmCredentials.Password(email, password, Optional.empty()), Duration.ofSeconds(10),
                TlsSettings.verified(), 0);
        try (NpmClient client = NpmClient.connect(connection, TokenStore.inMemory())) {
            return new UserApi(client).getMe(Set.of()).email().equals(email);
        }
    }
}
