package dev.npmmcp.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AccessListSetupPromptTest {

    private final AccessListSetupPrompt prompt = new AccessListSetupPrompt();

    private String render(Map<String, String> arguments) {
        return Rendering.text(prompt, arguments, Availabilities.everything());
    }

    private String create(Map<String, String> arguments) {
        return Rendering.callsOf(render(arguments), "npm_manage_access_list").getFirst();
    }

    @Test
    void shouldListItsArgumentsUnderTheSeedNames() {
        assertThat(prompt.arguments()).extracting(PromptArgument::name)
                .containsExactly("name", "allowed_networks", "users", "instance_name");
        assertThat(prompt.arguments()).filteredOn(PromptArgument::required).extracting(PromptArgument::name)
                .containsExactly("name");
    }

    @Test
    void shouldCreateAllowRulesAndUsersWithPasswordsAskedInTheConversation() {
        assertThat(create(Map.of("name", "Family", "allowed_networks", "192.168.1.0/24, fd00::/8",
                "users", "alice bob")))
                .isEqualTo("npm_manage_access_list {\"operation\": \"create\", \"name\": \"Family\", \"satisfy_any\":"
                        + " <as agreed>, \"pass_auth\": false, \"clients\": [{\"address\": \"192.168.1.0/24\","
                        + " \"directive\": \"allow\"}, {\"address\": \"fd00::/8\", \"directive\": \"allow\"}],"
                        + " \"items\": [{\"username\": \"alice\", \"password\": <password from the user>},"
                        + " {\"username\": \"bob\", \"password\": <password from the user>}]}");
    }

    @Test
    void shouldLetUsersInWithSatisfyAnyWhenThereAreNoIpRules() {
        assertThat(create(Map.of("name", "Family", "users", "alice")))
                .contains("\"satisfy_any\": true").contains("\"clients\": []");
        assertThat(render(Map.of("name", "Family", "users", "alice")))
                .contains("satisfy_any true: with users and no IP rules that works on every NPM version");
    }

    @Test
    void shouldSendEmptyUserAndRuleListsBecauseNpmFailsWithoutThem() {
        assertThat(create(Map.of("name", "LAN", "allowed_networks", "10.0.0.0/8")))
                .contains("\"items\": []").doesNotContain("satisfy_any");
    }

    @Test
    void shouldAskWhatTheListIsForWhenGivenNeitherNetworksNorUsers() {
        assertThat(render(Map.of("name", "Family")))
                .contains("No networks or users were given: ask for them first.");
    }

    @Test
    void shouldQuestionAnAllowRuleForEveryone() {
        assertThat(render(Map.of("name", "Open", "allowed_networks", "0.0.0.0/0")))
                .contains("which is no IP restriction at all");
    }

    @Test
    void shouldCheckForAListOfTheSameNameFirst() {
        String text = render(Map.of("name", "Family", "users", "alice", "instance_name", "home"));
        assertThat(text.indexOf("npm_list_access_lists {\"instance_name\": \"home\"}"))
                .isPositive()
                .isLessThan(text.indexOf("npm_manage_access_list {"));
        assertThat(text).contains("a user left out is deleted, which needs confirm true after the user agreed");
    }

    @Test
    void shouldStopAtThePlanOnAReadOnlyServer() {
        String text = Rendering.text(prompt, Map.of("name", "Family", "users", "alice"), Availabilities.readOnly());
        assertThat(Rendering.calls(text)).noneMatch(call -> call.startsWith("npm_manage_"));
        assertThat(text).contains("npm_manage_access_list (refused: the server is read-only)");
    }

    @Test
    void shouldRefuseNetworksAndUsersNpmCannotTake() {
        assertThatThrownBy(() -> render(Map.of("name", "x", "allowed_networks", "192.168.1.0/33")))
                .isInstanceOf(PromptFailure.class)
                .hasMessageContaining("allowed_networks: '192.168.1.0/33' is not an IP address or CIDR range");
        assertThatThrownBy(() -> render(Map.of("name", "x", "users", "alice, Alice, alice")))
                .hasMessageContaining("users: 'alice' is listed twice");
        assertThatThrownBy(() -> render(Map.of("name", " ")))
                .hasMessage("Prompt access_list_setup needs the argument 'name'.");
    }
}
